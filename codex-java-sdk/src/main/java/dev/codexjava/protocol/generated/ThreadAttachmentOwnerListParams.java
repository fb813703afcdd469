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

/**
 * Parameters for reverse lookup by attachment identity within this server's store.
 */
@SuppressWarnings("unused")
public record ThreadAttachmentOwnerListParams(
		@JsonProperty("archived") Boolean archived,
		@JsonProperty("attachmentType") String attachmentType,
		@JsonProperty("cursor") String cursor,
		@JsonProperty("identityKey") String identityKey,
		@JsonProperty("limit") Long limit,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadAttachmentOwnerListParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadAttachmentOwnerListParams(Boolean archived, String attachmentType, String cursor, String identityKey, Long limit) {
		this(archived, attachmentType, cursor, identityKey, limit, Map.of());
	}

}
