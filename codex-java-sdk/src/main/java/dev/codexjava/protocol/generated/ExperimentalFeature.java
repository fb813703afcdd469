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
 * The protocol's {@code ExperimentalFeature}.
 */
@SuppressWarnings("unused")
public record ExperimentalFeature(
		@JsonProperty("announcement") @Nullable String announcement,
		@JsonProperty("defaultEnabled") Boolean defaultEnabled,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("displayName") @Nullable String displayName,
		@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("name") String name,
		@JsonProperty("stage") JsonNode stage,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExperimentalFeature {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExperimentalFeature(@Nullable String announcement, Boolean defaultEnabled, @Nullable String description, @Nullable String displayName, Boolean enabled, String name, JsonNode stage) {
		this(announcement, defaultEnabled, description, displayName, enabled, name, stage, Map.of());
	}

}
