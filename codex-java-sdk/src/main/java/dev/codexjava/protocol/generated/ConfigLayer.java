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
 * The protocol's {@code ConfigLayer}.
 */
@SuppressWarnings("unused")
public record ConfigLayer(
		@JsonProperty("config") @Nullable JsonNode config,
		@JsonProperty("disabledReason") @Nullable String disabledReason,
		@JsonProperty("name") ConfigLayerSource name,
		@JsonProperty("version") String version,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ConfigLayer {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ConfigLayer(@Nullable JsonNode config, @Nullable String disabledReason, ConfigLayerSource name, String version) {
		this(config, disabledReason, name, version, Map.of());
	}

}
