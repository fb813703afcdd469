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
 * The protocol's {@code ThreadUsageBreakdownGroup}.
 */
@SuppressWarnings("unused")
public record ThreadUsageBreakdownGroup(
		@JsonProperty("cachedInputTokens") @Nullable Long cachedInputTokens,
		@JsonProperty("estimatedUsageCreditsMicros") Long estimatedUsageCreditsMicros,
		@JsonProperty("inputTokens") @Nullable Long inputTokens,
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("netNewInputTokens") @Nullable Long netNewInputTokens,
		@JsonProperty("outputTokens") @Nullable Long outputTokens,
		@JsonProperty("reasoningEffort") @Nullable String reasoningEffort,
		@JsonProperty("speed") @Nullable String speed,
		@JsonProperty("totalTokens") @Nullable Long totalTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadUsageBreakdownGroup {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadUsageBreakdownGroup(@Nullable Long cachedInputTokens, Long estimatedUsageCreditsMicros, @Nullable Long inputTokens, @Nullable String model, @Nullable Long netNewInputTokens, @Nullable Long outputTokens, @Nullable String reasoningEffort, @Nullable String speed, @Nullable Long totalTokens) {
		this(cachedInputTokens, estimatedUsageCreditsMicros, inputTokens, model, netNewInputTokens, outputTokens, reasoningEffort, speed, totalTokens, Map.of());
	}

}
