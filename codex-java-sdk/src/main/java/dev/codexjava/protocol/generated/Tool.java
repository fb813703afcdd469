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
 * Definition for a tool the client can call.
 */
@SuppressWarnings("unused")
public record Tool(
		@JsonProperty("_meta") @Nullable JsonNode meta,
		@JsonProperty("annotations") @Nullable JsonNode annotations,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("icons") @Nullable JsonNode icons,
		@JsonProperty("inputSchema") @Nullable JsonNode inputSchema,
		@JsonProperty("name") String name,
		@JsonProperty("outputSchema") @Nullable JsonNode outputSchema,
		@JsonProperty("title") @Nullable String title,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Tool {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Tool(@Nullable JsonNode meta, @Nullable JsonNode annotations, @Nullable String description, @Nullable JsonNode icons, @Nullable JsonNode inputSchema, String name, @Nullable JsonNode outputSchema, @Nullable String title) {
		this(meta, annotations, description, icons, inputSchema, name, outputSchema, title, Map.of());
	}

}
