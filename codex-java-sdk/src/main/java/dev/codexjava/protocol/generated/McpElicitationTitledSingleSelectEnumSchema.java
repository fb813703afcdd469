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
 * The protocol's {@code McpElicitationTitledSingleSelectEnumSchema}.
 */
@SuppressWarnings("unused")
public record McpElicitationTitledSingleSelectEnumSchema(
		@JsonProperty("default") String default_,
		@JsonProperty("description") String description,
		@JsonProperty("oneOf") List<McpElicitationConstOption> oneOf,
		@JsonProperty("title") String title,
		@JsonProperty("type") McpElicitationStringType type,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpElicitationTitledSingleSelectEnumSchema {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpElicitationTitledSingleSelectEnumSchema(String default_, String description, List<McpElicitationConstOption> oneOf, String title, McpElicitationStringType type) {
		this(default_, description, oneOf, title, type, Map.of());
	}

}
