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
 * EXPERIMENTAL - list available apps/connectors.
 */
@SuppressWarnings("unused")
public record AppsListParams(
		@JsonProperty("cursor") @Nullable String cursor,
		@JsonProperty("forceRefetch") @Nullable Boolean forceRefetch,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("threadId") @Nullable String threadId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppsListParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppsListParams(@Nullable String cursor, @Nullable Boolean forceRefetch, @Nullable Long limit, @Nullable String threadId) {
		this(cursor, forceRefetch, limit, threadId, Map.of());
	}

}
