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
 * There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.
 */
@SuppressWarnings("unused")
public record ThreadForkParams(
		@JsonProperty("approvalPolicy") @Nullable AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") @Nullable ApprovalsReviewer approvalsReviewer,
		@JsonProperty("baseInstructions") @Nullable String baseInstructions,
		@JsonProperty("config") @Nullable JsonNode config,
		@JsonProperty("cwd") @Nullable String cwd,
		@JsonProperty("developerInstructions") @Nullable String developerInstructions,
		@JsonProperty("ephemeral") @Nullable Boolean ephemeral,
		@JsonProperty("excludeTurns") @Nullable Boolean excludeTurns,
		@JsonProperty("lastTurnId") @Nullable String lastTurnId,
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("modelProvider") @Nullable String modelProvider,
		@JsonProperty("sandbox") @Nullable SandboxMode sandbox,
		@JsonProperty("serviceTier") @Nullable String serviceTier,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("threadSource") @Nullable String threadSource,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadForkParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadForkParams(@Nullable AskForApproval approvalPolicy, @Nullable ApprovalsReviewer approvalsReviewer, @Nullable String baseInstructions, @Nullable JsonNode config, @Nullable String cwd, @Nullable String developerInstructions, @Nullable Boolean ephemeral, @Nullable Boolean excludeTurns, @Nullable String lastTurnId, @Nullable String model, @Nullable String modelProvider, @Nullable SandboxMode sandbox, @Nullable String serviceTier, String threadId, @Nullable String threadSource) {
		this(approvalPolicy, approvalsReviewer, baseInstructions, config, cwd, developerInstructions, ephemeral, excludeTurns, lastTurnId, model, modelProvider, sandbox, serviceTier, threadId, threadSource, Map.of());
	}

}
