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
 * Bundle and installed-state changes observed by this pass, not a runtime-readiness acknowledgement or a cumulative diff since the client's last request. Other metadata-only changes are not listed.
 */
@SuppressWarnings("unused")
public record PluginReconcileResponse(
		@JsonProperty("changedPlugins") List<PluginReconcileChangedPlugin> changedPlugins,
		@JsonProperty("failedMaterializationRemotePluginIds") List<String> failedMaterializationRemotePluginIds,
		@JsonProperty("failedRemotePluginIds") List<String> failedRemotePluginIds,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginReconcileResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginReconcileResponse(List<PluginReconcileChangedPlugin> changedPlugins, List<String> failedMaterializationRemotePluginIds, List<String> failedRemotePluginIds) {
		this(changedPlugins, failedMaterializationRemotePluginIds, failedRemotePluginIds, Map.of());
	}

}
