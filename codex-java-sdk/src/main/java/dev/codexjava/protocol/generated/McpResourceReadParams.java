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
 * The protocol's {@code McpResourceReadParams}.
 */
@SuppressWarnings("unused")
public record McpResourceReadParams(
		@JsonProperty("_meta") JsonNode meta,
		@JsonProperty("connectorId") String connectorId,
		@JsonProperty("originCallId") String originCallId,
		@JsonProperty("server") String server,
		@JsonProperty("target") McpResourceReadTarget target,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("uri") String uri,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpResourceReadParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpResourceReadParams(JsonNode meta, String connectorId, String originCallId, String server, McpResourceReadTarget target, String threadId, String uri) {
		this(meta, connectorId, originCallId, server, target, threadId, uri, Map.of());
	}

}
