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
 * The protocol's {@code McpToolCallAppContext}.
 */
@SuppressWarnings("unused")
public record McpToolCallAppContext(
		@JsonProperty("actionName") String actionName,
		@JsonProperty("appName") String appName,
		@JsonProperty("connectorId") String connectorId,
		@JsonProperty("linkId") String linkId,
		@JsonProperty("resourceUri") String resourceUri,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpToolCallAppContext {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpToolCallAppContext(String actionName, String appName, String connectorId, String linkId, String resourceUri) {
		this(actionName, appName, connectorId, linkId, resourceUri, Map.of());
	}

}
