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
 * Installed connector runtime state.
 */
@SuppressWarnings("unused")
public record InstalledApp(
		@JsonProperty("callable") Boolean callable,
		@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("id") String id,
		@JsonProperty("runtimeName") @Nullable String runtimeName,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public InstalledApp {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public InstalledApp(Boolean callable, Boolean enabled, String id, @Nullable String runtimeName) {
		this(callable, enabled, id, runtimeName, Map.of());
	}

}
