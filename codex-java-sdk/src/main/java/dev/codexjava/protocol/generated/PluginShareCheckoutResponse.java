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
 * The protocol's {@code PluginShareCheckoutResponse}.
 */
@SuppressWarnings("unused")
public record PluginShareCheckoutResponse(
		@JsonProperty("marketplaceName") String marketplaceName,
		@JsonProperty("marketplacePath") String marketplacePath,
		@JsonProperty("pluginId") String pluginId,
		@JsonProperty("pluginName") String pluginName,
		@JsonProperty("pluginPath") String pluginPath,
		@JsonProperty("remotePluginId") String remotePluginId,
		@JsonProperty("remoteVersion") @Nullable String remoteVersion,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginShareCheckoutResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginShareCheckoutResponse(String marketplaceName, String marketplacePath, String pluginId, String pluginName, String pluginPath, String remotePluginId, @Nullable String remoteVersion) {
		this(marketplaceName, marketplacePath, pluginId, pluginName, pluginPath, remotePluginId, remoteVersion, Map.of());
	}

}
