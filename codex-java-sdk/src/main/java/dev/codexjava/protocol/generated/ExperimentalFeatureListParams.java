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
 * The protocol's {@code ExperimentalFeatureListParams}.
 */
@SuppressWarnings("unused")
public record ExperimentalFeatureListParams(
		@JsonProperty("cursor") @Nullable String cursor,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("threadId") @Nullable String threadId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExperimentalFeatureListParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExperimentalFeatureListParams(@Nullable String cursor, @Nullable Long limit, @Nullable String threadId) {
		this(cursor, limit, threadId, Map.of());
	}

}
