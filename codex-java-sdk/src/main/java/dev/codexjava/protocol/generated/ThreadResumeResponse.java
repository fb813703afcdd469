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
 * The protocol's {@code ThreadResumeResponse}.
 */
@SuppressWarnings("unused")
public record ThreadResumeResponse(
		@JsonProperty("approvalPolicy") AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") JsonNode approvalsReviewer,
		@JsonProperty("collaborationMode") @Nullable CollaborationMode collaborationMode,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("disabledPluginIds") @Nullable List<String> disabledPluginIds,
		@JsonProperty("instructionSources") @Nullable List<String> instructionSources,
		@JsonProperty("itemsBackwardsCursor") @Nullable String itemsBackwardsCursor,
		@JsonProperty("model") String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("reasoningEffort") @Nullable String reasoningEffort,
		@JsonProperty("sandbox") JsonNode sandbox,
		@JsonProperty("serviceTier") @Nullable String serviceTier,
		@JsonProperty("thread") Thread thread,
		@JsonProperty("turnsBackwardsCursor") @Nullable String turnsBackwardsCursor,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadResumeResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadResumeResponse(AskForApproval approvalPolicy, JsonNode approvalsReviewer, @Nullable CollaborationMode collaborationMode, String cwd, @Nullable List<String> disabledPluginIds, @Nullable List<String> instructionSources, @Nullable String itemsBackwardsCursor, String model, String modelProvider, @Nullable String reasoningEffort, JsonNode sandbox, @Nullable String serviceTier, Thread thread, @Nullable String turnsBackwardsCursor) {
		this(approvalPolicy, approvalsReviewer, collaborationMode, cwd, disabledPluginIds, instructionSources, itemsBackwardsCursor, model, modelProvider, reasoningEffort, sandbox, serviceTier, thread, turnsBackwardsCursor, Map.of());
	}

}
