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
 * EXPERIMENTAL - app metadata summary for plugin responses.
 */
@SuppressWarnings("unused")
public record AppSummary(
		@JsonProperty("category") @Nullable String category,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("id") String id,
		@JsonProperty("installUrl") @Nullable String installUrl,
		@JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppSummary(@Nullable String category, @Nullable String description, String id, @Nullable String installUrl, String name) {
		this(category, description, id, installUrl, name, Map.of());
	}

}
