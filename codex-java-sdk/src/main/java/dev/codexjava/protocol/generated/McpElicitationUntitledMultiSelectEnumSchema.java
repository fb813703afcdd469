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
 * The protocol's {@code McpElicitationUntitledMultiSelectEnumSchema}.
 */
@SuppressWarnings("unused")
public record McpElicitationUntitledMultiSelectEnumSchema(
		@JsonProperty("default") @Nullable List<String> default_,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("items") McpElicitationUntitledEnumItems items,
		@JsonProperty("maxItems") @Nullable Long maxItems,
		@JsonProperty("minItems") @Nullable Long minItems,
		@JsonProperty("title") @Nullable String title,
		@JsonProperty("type") McpElicitationArrayType type,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpElicitationUntitledMultiSelectEnumSchema {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpElicitationUntitledMultiSelectEnumSchema(@Nullable List<String> default_, @Nullable String description, McpElicitationUntitledEnumItems items, @Nullable Long maxItems, @Nullable Long minItems, @Nullable String title, McpElicitationArrayType type) {
		this(default_, description, items, maxItems, minItems, title, type, Map.of());
	}

}
