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
 * The protocol's {@code PluginInstallParams}.
 */
@SuppressWarnings("unused")
public record PluginInstallParams(
		@JsonProperty("installAttemptId") @Nullable String installAttemptId,
		@JsonProperty("marketplacePath") @Nullable String marketplacePath,
		@JsonProperty("pluginName") String pluginName,
		@JsonProperty("remoteMarketplaceName") @Nullable String remoteMarketplaceName,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginInstallParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginInstallParams(@Nullable String installAttemptId, @Nullable String marketplacePath, String pluginName, @Nullable String remoteMarketplaceName) {
		this(installAttemptId, marketplacePath, pluginName, remoteMarketplaceName, Map.of());
	}

}
