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
 * The protocol's {@code McpElicitationTitledSingleSelectEnumSchema}.
 */
@SuppressWarnings("unused")
public record McpElicitationTitledSingleSelectEnumSchema(
		@JsonProperty("default") @Nullable String default_,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("oneOf") List<McpElicitationConstOption> oneOf,
		@JsonProperty("title") @Nullable String title,
		@JsonProperty("type") McpElicitationStringType type,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpElicitationTitledSingleSelectEnumSchema {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpElicitationTitledSingleSelectEnumSchema(@Nullable String default_, @Nullable String description, List<McpElicitationConstOption> oneOf, @Nullable String title, McpElicitationStringType type) {
		this(default_, description, oneOf, title, type, Map.of());
	}

}
