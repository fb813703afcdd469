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
 * The protocol's {@code ThreadForkResponse}.
 */
@SuppressWarnings("unused")
public record ThreadForkResponse(
		@JsonProperty("approvalPolicy") AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") JsonNode approvalsReviewer,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("disabledPluginIds") @Nullable List<String> disabledPluginIds,
		@JsonProperty("instructionSources") @Nullable List<String> instructionSources,
		@JsonProperty("model") String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("reasoningEffort") @Nullable String reasoningEffort,
		@JsonProperty("sandbox") JsonNode sandbox,
		@JsonProperty("serviceTier") @Nullable String serviceTier,
		@JsonProperty("thread") Thread thread,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadForkResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadForkResponse(AskForApproval approvalPolicy, JsonNode approvalsReviewer, String cwd, @Nullable List<String> disabledPluginIds, @Nullable List<String> instructionSources, String model, String modelProvider, @Nullable String reasoningEffort, JsonNode sandbox, @Nullable String serviceTier, Thread thread) {
		this(approvalPolicy, approvalsReviewer, cwd, disabledPluginIds, instructionSources, model, modelProvider, reasoningEffort, sandbox, serviceTier, thread, Map.of());
	}

}
