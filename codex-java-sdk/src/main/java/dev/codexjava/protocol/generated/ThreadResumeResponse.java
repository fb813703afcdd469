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
 * The protocol's {@code ThreadResumeResponse}.
 */
@SuppressWarnings("unused")
public record ThreadResumeResponse(
		@JsonProperty("approvalPolicy") AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") JsonNode approvalsReviewer,
		@JsonProperty("collaborationMode") CollaborationMode collaborationMode,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("disabledPluginIds") List<String> disabledPluginIds,
		@JsonProperty("instructionSources") List<String> instructionSources,
		@JsonProperty("itemsBackwardsCursor") String itemsBackwardsCursor,
		@JsonProperty("model") String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("reasoningEffort") String reasoningEffort,
		@JsonProperty("sandbox") JsonNode sandbox,
		@JsonProperty("serviceTier") String serviceTier,
		@JsonProperty("thread") Thread thread,
		@JsonProperty("turnsBackwardsCursor") String turnsBackwardsCursor,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadResumeResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadResumeResponse(AskForApproval approvalPolicy, JsonNode approvalsReviewer, CollaborationMode collaborationMode, String cwd, List<String> disabledPluginIds, List<String> instructionSources, String itemsBackwardsCursor, String model, String modelProvider, String reasoningEffort, JsonNode sandbox, String serviceTier, Thread thread, String turnsBackwardsCursor) {
		this(approvalPolicy, approvalsReviewer, collaborationMode, cwd, disabledPluginIds, instructionSources, itemsBackwardsCursor, model, modelProvider, reasoningEffort, sandbox, serviceTier, thread, turnsBackwardsCursor, Map.of());
	}

}
