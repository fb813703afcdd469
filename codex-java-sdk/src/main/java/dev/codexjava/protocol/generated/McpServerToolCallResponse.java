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
 * The protocol's {@code McpServerToolCallResponse}.
 */
@SuppressWarnings("unused")
public record McpServerToolCallResponse(
		@JsonProperty("_meta") @Nullable JsonNode meta,
		@JsonProperty("content") JsonNode content,
		@JsonProperty("isError") @Nullable Boolean isError,
		@JsonProperty("structuredContent") @Nullable JsonNode structuredContent,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpServerToolCallResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpServerToolCallResponse(@Nullable JsonNode meta, JsonNode content, @Nullable Boolean isError, @Nullable JsonNode structuredContent) {
		this(meta, content, isError, structuredContent, Map.of());
	}

}
