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
 * There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.
 */
@SuppressWarnings("unused")
public record ThreadForkParams(
		@JsonProperty("approvalPolicy") AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") ApprovalsReviewer approvalsReviewer,
		@JsonProperty("baseInstructions") String baseInstructions,
		@JsonProperty("config") JsonNode config,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("developerInstructions") String developerInstructions,
		@JsonProperty("ephemeral") Boolean ephemeral,
		@JsonProperty("excludeTurns") Boolean excludeTurns,
		@JsonProperty("lastTurnId") String lastTurnId,
		@JsonProperty("model") String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("sandbox") SandboxMode sandbox,
		@JsonProperty("serviceTier") String serviceTier,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("threadSource") String threadSource,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadForkParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadForkParams(AskForApproval approvalPolicy, ApprovalsReviewer approvalsReviewer, String baseInstructions, JsonNode config, String cwd, String developerInstructions, Boolean ephemeral, Boolean excludeTurns, String lastTurnId, String model, String modelProvider, SandboxMode sandbox, String serviceTier, String threadId, String threadSource) {
		this(approvalPolicy, approvalsReviewer, baseInstructions, config, cwd, developerInstructions, ephemeral, excludeTurns, lastTurnId, model, modelProvider, sandbox, serviceTier, threadId, threadSource, Map.of());
	}

}
