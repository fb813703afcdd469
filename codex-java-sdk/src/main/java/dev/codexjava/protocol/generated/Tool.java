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
 * Definition for a tool the client can call.
 */
@SuppressWarnings("unused")
public record Tool(
		@JsonProperty("_meta") JsonNode meta,
		@JsonProperty("annotations") JsonNode annotations,
		@JsonProperty("description") String description,
		@JsonProperty("icons") JsonNode icons,
		@JsonProperty("inputSchema") JsonNode inputSchema,
		@JsonProperty("name") String name,
		@JsonProperty("outputSchema") JsonNode outputSchema,
		@JsonProperty("title") String title,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Tool {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Tool(JsonNode meta, JsonNode annotations, String description, JsonNode icons, JsonNode inputSchema, String name, JsonNode outputSchema, String title) {
		this(meta, annotations, description, icons, inputSchema, name, outputSchema, title, Map.of());
	}

}
