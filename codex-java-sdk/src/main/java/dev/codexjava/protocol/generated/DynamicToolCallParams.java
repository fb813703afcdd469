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
 * The protocol's {@code DynamicToolCallParams}.
 */
@SuppressWarnings("unused")
public record DynamicToolCallParams(
		@JsonProperty("arguments") @Nullable JsonNode arguments,
		@JsonProperty("callId") String callId,
		@JsonProperty("namespace") @Nullable String namespace,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("tool") String tool,
		@JsonProperty("turnId") String turnId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public DynamicToolCallParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public DynamicToolCallParams(@Nullable JsonNode arguments, String callId, @Nullable String namespace, String threadId, String tool, String turnId) {
		this(arguments, callId, namespace, threadId, tool, turnId, Map.of());
	}

}
