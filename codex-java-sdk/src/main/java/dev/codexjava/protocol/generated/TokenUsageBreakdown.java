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
 * The protocol's {@code TokenUsageBreakdown}.
 */
@SuppressWarnings("unused")
public record TokenUsageBreakdown(
		@JsonProperty("cacheWriteInputTokens") @Nullable Long cacheWriteInputTokens,
		@JsonProperty("cachedInputTokens") Long cachedInputTokens,
		@JsonProperty("inputTokens") Long inputTokens,
		@JsonProperty("outputTokens") Long outputTokens,
		@JsonProperty("reasoningOutputTokens") Long reasoningOutputTokens,
		@JsonProperty("totalTokens") Long totalTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public TokenUsageBreakdown {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public TokenUsageBreakdown(@Nullable Long cacheWriteInputTokens, Long cachedInputTokens, Long inputTokens, Long outputTokens, Long reasoningOutputTokens, Long totalTokens) {
		this(cacheWriteInputTokens, cachedInputTokens, inputTokens, outputTokens, reasoningOutputTokens, totalTokens, Map.of());
	}

}
