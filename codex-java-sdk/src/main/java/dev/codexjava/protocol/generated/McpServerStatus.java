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

/**
 * The protocol's {@code McpServerStatus}.
 */
@SuppressWarnings("unused")
public record McpServerStatus(
		@JsonProperty("authStatus") McpAuthStatus authStatus,
		@JsonProperty("httpOrigin") String httpOrigin,
		@JsonProperty("name") String name,
		@JsonProperty("pluginId") String pluginId,
		@JsonProperty("resourceTemplates") List<ResourceTemplate> resourceTemplates,
		@JsonProperty("resources") List<Resource> resources,
		@JsonProperty("runtimeStatus") McpServerConnectionStatus runtimeStatus,
		@JsonProperty("serverCapabilities") JsonNode serverCapabilities,
		@JsonProperty("serverInfo") McpServerInfo serverInfo,
		@JsonProperty("toolListMeta") JsonNode toolListMeta,
		@JsonProperty("tools") Map<String, Tool> tools,
		@JsonProperty("toolsError") String toolsError,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpServerStatus {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpServerStatus(McpAuthStatus authStatus, String httpOrigin, String name, String pluginId, List<ResourceTemplate> resourceTemplates, List<Resource> resources, McpServerConnectionStatus runtimeStatus, JsonNode serverCapabilities, McpServerInfo serverInfo, JsonNode toolListMeta, Map<String, Tool> tools, String toolsError) {
		this(authStatus, httpOrigin, name, pluginId, resourceTemplates, resources, runtimeStatus, serverCapabilities, serverInfo, toolListMeta, tools, toolsError, Map.of());
	}

}
