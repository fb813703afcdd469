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
 * The protocol's {@code OtelRequirements}.
 */
@SuppressWarnings("unused")
public record OtelRequirements(
		@JsonProperty("environment") @Nullable String environment,
		@JsonProperty("exporter") @Nullable OtelExporter exporter,
		@JsonProperty("log_agent_responses") @Nullable Boolean logAgentResponses,
		@JsonProperty("log_guardian_assessments") @Nullable Boolean logGuardianAssessments,
		@JsonProperty("log_sse_deltas") @Nullable Boolean logSseDeltas,
		@JsonProperty("log_user_prompt") @Nullable Boolean logUserPrompt,
		@JsonProperty("metrics_exporter") @Nullable OtelExporter metricsExporter,
		@JsonProperty("span_attributes") @Nullable Map<String, String> spanAttributes,
		@JsonProperty("tool_result") @Nullable OtelToolResultLogConfig toolResult,
		@JsonProperty("trace_exporter") @Nullable OtelExporter traceExporter,
		@JsonProperty("tracestate") @Nullable Map<String, Map<String, String>> tracestate,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public OtelRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public OtelRequirements(@Nullable String environment, @Nullable OtelExporter exporter, @Nullable Boolean logAgentResponses, @Nullable Boolean logGuardianAssessments, @Nullable Boolean logSseDeltas, @Nullable Boolean logUserPrompt, @Nullable OtelExporter metricsExporter, @Nullable Map<String, String> spanAttributes, @Nullable OtelToolResultLogConfig toolResult, @Nullable OtelExporter traceExporter, @Nullable Map<String, Map<String, String>> tracestate) {
		this(environment, exporter, logAgentResponses, logGuardianAssessments, logSseDeltas, logUserPrompt, metricsExporter, spanAttributes, toolResult, traceExporter, tracestate, Map.of());
	}

}
