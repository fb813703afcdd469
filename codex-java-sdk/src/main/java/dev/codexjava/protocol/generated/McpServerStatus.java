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
 * The protocol's {@code McpServerStatus}.
 */
@SuppressWarnings("unused")
public record McpServerStatus(
		@JsonProperty("authStatus") McpAuthStatus authStatus,
		@JsonProperty("httpOrigin") @Nullable String httpOrigin,
		@JsonProperty("name") String name,
		@JsonProperty("pluginId") @Nullable String pluginId,
		@JsonProperty("resourceTemplates") List<ResourceTemplate> resourceTemplates,
		@JsonProperty("resources") List<Resource> resources,
		@JsonProperty("runtimeStatus") @Nullable McpServerConnectionStatus runtimeStatus,
		@JsonProperty("serverCapabilities") @Nullable JsonNode serverCapabilities,
		@JsonProperty("serverInfo") @Nullable McpServerInfo serverInfo,
		@JsonProperty("toolListMeta") @Nullable JsonNode toolListMeta,
		@JsonProperty("tools") Map<String, Tool> tools,
		@JsonProperty("toolsError") @Nullable String toolsError,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpServerStatus {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpServerStatus(McpAuthStatus authStatus, @Nullable String httpOrigin, String name, @Nullable String pluginId, List<ResourceTemplate> resourceTemplates, List<Resource> resources, @Nullable McpServerConnectionStatus runtimeStatus, @Nullable JsonNode serverCapabilities, @Nullable McpServerInfo serverInfo, @Nullable JsonNode toolListMeta, Map<String, Tool> tools, @Nullable String toolsError) {
		this(authStatus, httpOrigin, name, pluginId, resourceTemplates, resources, runtimeStatus, serverCapabilities, serverInfo, toolListMeta, tools, toolsError, Map.of());
	}

}
