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
 * The protocol's {@code McpElicitationLegacyTitledEnumSchema}.
 */
@SuppressWarnings("unused")
public record McpElicitationLegacyTitledEnumSchema(
		@JsonProperty("default") @Nullable String default_,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("enum") List<String> enum_,
		@JsonProperty("enumNames") @Nullable List<String> enumNames,
		@JsonProperty("title") @Nullable String title,
		@JsonProperty("type") McpElicitationStringType type,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpElicitationLegacyTitledEnumSchema {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpElicitationLegacyTitledEnumSchema(@Nullable String default_, @Nullable String description, List<String> enum_, @Nullable List<String> enumNames, @Nullable String title, McpElicitationStringType type) {
		this(default_, description, enum_, enumNames, title, type, Map.of());
	}

}
