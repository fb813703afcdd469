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
 * The protocol's {@code ModelListParams}.
 */
@SuppressWarnings("unused")
public record ModelListParams(
		@JsonProperty("cursor") @Nullable String cursor,
		@JsonProperty("includeHidden") @Nullable Boolean includeHidden,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("modelProvider") @Nullable String modelProvider,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ModelListParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ModelListParams(@Nullable String cursor, @Nullable Boolean includeHidden, @Nullable Long limit, @Nullable String modelProvider) {
		this(cursor, includeHidden, limit, modelProvider, Map.of());
	}

}
