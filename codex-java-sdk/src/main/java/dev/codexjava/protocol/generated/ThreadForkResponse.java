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
 * The protocol's {@code ThreadForkResponse}.
 */
@SuppressWarnings("unused")
public record ThreadForkResponse(
		@JsonProperty("approvalPolicy") AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") JsonNode approvalsReviewer,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("disabledPluginIds") List<String> disabledPluginIds,
		@JsonProperty("instructionSources") List<String> instructionSources,
		@JsonProperty("model") String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("reasoningEffort") String reasoningEffort,
		@JsonProperty("sandbox") JsonNode sandbox,
		@JsonProperty("serviceTier") String serviceTier,
		@JsonProperty("thread") Thread thread,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadForkResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadForkResponse(AskForApproval approvalPolicy, JsonNode approvalsReviewer, String cwd, List<String> disabledPluginIds, List<String> instructionSources, String model, String modelProvider, String reasoningEffort, JsonNode sandbox, String serviceTier, Thread thread) {
		this(approvalPolicy, approvalsReviewer, cwd, disabledPluginIds, instructionSources, model, modelProvider, reasoningEffort, sandbox, serviceTier, thread, Map.of());
	}

}
