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
 * The protocol's {@code OtelRequirements}.
 */
@SuppressWarnings("unused")
public record OtelRequirements(
		@JsonProperty("environment") String environment,
		@JsonProperty("exporter") OtelExporter exporter,
		@JsonProperty("log_agent_responses") Boolean logAgentResponses,
		@JsonProperty("log_guardian_assessments") Boolean logGuardianAssessments,
		@JsonProperty("log_sse_deltas") Boolean logSseDeltas,
		@JsonProperty("log_user_prompt") Boolean logUserPrompt,
		@JsonProperty("metrics_exporter") OtelExporter metricsExporter,
		@JsonProperty("span_attributes") Map<String, String> spanAttributes,
		@JsonProperty("tool_result") OtelToolResultLogConfig toolResult,
		@JsonProperty("trace_exporter") OtelExporter traceExporter,
		@JsonProperty("tracestate") Map<String, Map<String, String>> tracestate,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public OtelRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public OtelRequirements(String environment, OtelExporter exporter, Boolean logAgentResponses, Boolean logGuardianAssessments, Boolean logSseDeltas, Boolean logUserPrompt, OtelExporter metricsExporter, Map<String, String> spanAttributes, OtelToolResultLogConfig toolResult, OtelExporter traceExporter, Map<String, Map<String, String>> tracestate) {
		this(environment, exporter, logAgentResponses, logGuardianAssessments, logSseDeltas, logUserPrompt, metricsExporter, spanAttributes, toolResult, traceExporter, tracestate, Map.of());
	}

}
