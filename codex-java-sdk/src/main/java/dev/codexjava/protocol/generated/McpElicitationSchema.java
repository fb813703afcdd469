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
 * Typed form schema for MCP `elicitation/create` requests.
 */
@SuppressWarnings("unused")
public record McpElicitationSchema(
		@JsonProperty("$schema") @Nullable String schema,
		@JsonProperty("properties") Map<String, McpElicitationPrimitiveSchema> properties,
		@JsonProperty("required") @Nullable List<String> required,
		@JsonProperty("type") McpElicitationObjectType type,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpElicitationSchema {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpElicitationSchema(@Nullable String schema, Map<String, McpElicitationPrimitiveSchema> properties, @Nullable List<String> required, McpElicitationObjectType type) {
		this(schema, properties, required, type, Map.of());
	}

}
