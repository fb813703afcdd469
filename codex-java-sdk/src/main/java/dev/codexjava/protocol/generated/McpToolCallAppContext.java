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
 * The protocol's {@code McpToolCallAppContext}.
 */
@SuppressWarnings("unused")
public record McpToolCallAppContext(
		@JsonProperty("actionName") @Nullable String actionName,
		@JsonProperty("appName") @Nullable String appName,
		@JsonProperty("connectorId") String connectorId,
		@JsonProperty("linkId") @Nullable String linkId,
		@JsonProperty("resourceUri") @Nullable String resourceUri,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpToolCallAppContext {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpToolCallAppContext(@Nullable String actionName, @Nullable String appName, String connectorId, @Nullable String linkId, @Nullable String resourceUri) {
		this(actionName, appName, connectorId, linkId, resourceUri, Map.of());
	}

}
