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
 * The protocol's {@code McpResourceReadParams}.
 */
@SuppressWarnings("unused")
public record McpResourceReadParams(
		@JsonProperty("_meta") @Nullable JsonNode meta,
		@JsonProperty("connectorId") @Nullable String connectorId,
		@JsonProperty("originCallId") @Nullable String originCallId,
		@JsonProperty("server") String server,
		@JsonProperty("target") @Nullable McpResourceReadTarget target,
		@JsonProperty("threadId") @Nullable String threadId,
		@JsonProperty("uri") String uri,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpResourceReadParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpResourceReadParams(@Nullable JsonNode meta, @Nullable String connectorId, @Nullable String originCallId, String server, @Nullable McpResourceReadTarget target, @Nullable String threadId, String uri) {
		this(meta, connectorId, originCallId, server, target, threadId, uri, Map.of());
	}

}
