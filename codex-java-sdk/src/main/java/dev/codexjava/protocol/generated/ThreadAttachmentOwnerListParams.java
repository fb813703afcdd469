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
 * Parameters for reverse lookup by attachment identity within this server's store.
 */
@SuppressWarnings("unused")
public record ThreadAttachmentOwnerListParams(
		@JsonProperty("archived") @Nullable Boolean archived,
		@JsonProperty("attachmentType") String attachmentType,
		@JsonProperty("cursor") @Nullable String cursor,
		@JsonProperty("identityKey") String identityKey,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadAttachmentOwnerListParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadAttachmentOwnerListParams(@Nullable Boolean archived, String attachmentType, @Nullable String cursor, String identityKey, @Nullable Long limit) {
		this(archived, attachmentType, cursor, identityKey, limit, Map.of());
	}

}
