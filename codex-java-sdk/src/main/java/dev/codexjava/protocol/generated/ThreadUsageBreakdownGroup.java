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
 * The protocol's {@code ThreadUsageBreakdownGroup}.
 */
@SuppressWarnings("unused")
public record ThreadUsageBreakdownGroup(
		@JsonProperty("cachedInputTokens") Long cachedInputTokens,
		@JsonProperty("estimatedUsageCreditsMicros") Long estimatedUsageCreditsMicros,
		@JsonProperty("inputTokens") Long inputTokens,
		@JsonProperty("model") String model,
		@JsonProperty("netNewInputTokens") Long netNewInputTokens,
		@JsonProperty("outputTokens") Long outputTokens,
		@JsonProperty("reasoningEffort") String reasoningEffort,
		@JsonProperty("speed") String speed,
		@JsonProperty("totalTokens") Long totalTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadUsageBreakdownGroup {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadUsageBreakdownGroup(Long cachedInputTokens, Long estimatedUsageCreditsMicros, Long inputTokens, String model, Long netNewInputTokens, Long outputTokens, String reasoningEffort, String speed, Long totalTokens) {
		this(cachedInputTokens, estimatedUsageCreditsMicros, inputTokens, model, netNewInputTokens, outputTokens, reasoningEffort, speed, totalTokens, Map.of());
	}

}
