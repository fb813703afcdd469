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
 * The protocol's {@code ComputerUseConfig}.
 */
@SuppressWarnings("unused")
public record ComputerUseConfig(
		@JsonProperty("default_app_access") @Nullable AllowDenyRequirement defaultAppAccess,
		@JsonProperty("macos") @Nullable ComputerUseMacosConfig macos,
		@JsonProperty("windows") @Nullable ComputerUseWindowsConfig windows,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ComputerUseConfig {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ComputerUseConfig(@Nullable AllowDenyRequirement defaultAppAccess, @Nullable ComputerUseMacosConfig macos, @Nullable ComputerUseWindowsConfig windows) {
		this(defaultAppAccess, macos, windows, Map.of());
	}

}
