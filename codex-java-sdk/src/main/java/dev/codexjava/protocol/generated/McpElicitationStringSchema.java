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
 * The protocol's {@code McpElicitationStringSchema}.
 */
@SuppressWarnings("unused")
public record McpElicitationStringSchema(
		@JsonProperty("default") @Nullable String default_,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("format") @Nullable McpElicitationStringFormat format,
		@JsonProperty("maxLength") @Nullable Long maxLength,
		@JsonProperty("minLength") @Nullable Long minLength,
		@JsonProperty("title") @Nullable String title,
		@JsonProperty("type") McpElicitationStringType type,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpElicitationStringSchema {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpElicitationStringSchema(@Nullable String default_, @Nullable String description, @Nullable McpElicitationStringFormat format, @Nullable Long maxLength, @Nullable Long minLength, @Nullable String title, McpElicitationStringType type) {
		this(default_, description, format, maxLength, minLength, title, type, Map.of());
	}

}
