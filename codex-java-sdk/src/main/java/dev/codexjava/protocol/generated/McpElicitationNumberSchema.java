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
 * The protocol's {@code McpElicitationNumberSchema}.
 */
@SuppressWarnings("unused")
public record McpElicitationNumberSchema(
		@JsonProperty("default") @Nullable Double default_,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("maximum") @Nullable Double maximum,
		@JsonProperty("minimum") @Nullable Double minimum,
		@JsonProperty("title") @Nullable String title,
		@JsonProperty("type") McpElicitationNumberType type,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpElicitationNumberSchema {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpElicitationNumberSchema(@Nullable Double default_, @Nullable String description, @Nullable Double maximum, @Nullable Double minimum, @Nullable String title, McpElicitationNumberType type) {
		this(default_, description, maximum, minimum, title, type, Map.of());
	}

}
