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
 * The protocol's {@code ComputerUseRequirements}.
 */
@SuppressWarnings("unused")
public record ComputerUseRequirements(
		@JsonProperty("allowLockedComputerUse") @Nullable Boolean allowLockedComputerUse,
		@JsonProperty("allowPersistentApproval") @Nullable Boolean allowPersistentApproval,
		@JsonProperty("defaultAppAccess") @Nullable AllowDenyRequirement defaultAppAccess,
		@JsonProperty("macos") @Nullable ComputerUseMacosRequirements macos,
		@JsonProperty("windows") @Nullable ComputerUseWindowsRequirements windows,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ComputerUseRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ComputerUseRequirements(@Nullable Boolean allowLockedComputerUse, @Nullable Boolean allowPersistentApproval, @Nullable AllowDenyRequirement defaultAppAccess, @Nullable ComputerUseMacosRequirements macos, @Nullable ComputerUseWindowsRequirements windows) {
		this(allowLockedComputerUse, allowPersistentApproval, defaultAppAccess, macos, windows, Map.of());
	}

}
