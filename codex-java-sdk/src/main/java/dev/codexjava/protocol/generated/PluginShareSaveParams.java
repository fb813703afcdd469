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
 * The protocol's {@code PluginShareSaveParams}.
 */
@SuppressWarnings("unused")
public record PluginShareSaveParams(
		@JsonProperty("discoverability") @Nullable PluginShareDiscoverability discoverability,
		@JsonProperty("pluginPath") String pluginPath,
		@JsonProperty("remotePluginId") @Nullable String remotePluginId,
		@JsonProperty("shareTargets") @Nullable List<PluginShareTarget> shareTargets,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginShareSaveParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginShareSaveParams(@Nullable PluginShareDiscoverability discoverability, String pluginPath, @Nullable String remotePluginId, @Nullable List<PluginShareTarget> shareTargets) {
		this(discoverability, pluginPath, remotePluginId, shareTargets, Map.of());
	}

}
