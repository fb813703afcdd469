package dev.codexjava.protocol.generated;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * An independently persisted attachment associated with a thread.
 */
@SuppressWarnings("unused")
public record ThreadAttachment(
		@JsonProperty("attachmentType") String attachmentType,
		@JsonProperty("createdAt") Long createdAt,
		@JsonProperty("id") String id,
		@JsonProperty("identityKey") String identityKey,
		@JsonProperty("payload") @Nullable JsonNode payload,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadAttachment {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadAttachment(String attachmentType, Long createdAt, String id, String identityKey, @Nullable JsonNode payload) {
		this(attachmentType, createdAt, id, identityKey, payload, Map.of());
	}

}
