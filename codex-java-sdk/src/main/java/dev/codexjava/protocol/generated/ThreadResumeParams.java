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
 * There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by path and resume it.
 */
@SuppressWarnings("unused")
public record ThreadResumeParams(
		@JsonProperty("approvalPolicy") @Nullable AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") @Nullable ApprovalsReviewer approvalsReviewer,
		@JsonProperty("baseInstructions") @Nullable String baseInstructions,
		@JsonProperty("config") @Nullable JsonNode config,
		@JsonProperty("cwd") @Nullable String cwd,
		@JsonProperty("developerInstructions") @Nullable String developerInstructions,
		@JsonProperty("excludeTurns") @Nullable Boolean excludeTurns,
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("modelProvider") @Nullable String modelProvider,
		@JsonProperty("personality") @Nullable Personality personality,
		@JsonProperty("sandbox") @Nullable SandboxMode sandbox,
		@JsonProperty("serviceTier") @Nullable String serviceTier,
		@JsonProperty("threadId") String threadId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadResumeParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadResumeParams(@Nullable AskForApproval approvalPolicy, @Nullable ApprovalsReviewer approvalsReviewer, @Nullable String baseInstructions, @Nullable JsonNode config, @Nullable String cwd, @Nullable String developerInstructions, @Nullable Boolean excludeTurns, @Nullable String model, @Nullable String modelProvider, @Nullable Personality personality, @Nullable SandboxMode sandbox, @Nullable String serviceTier, String threadId) {
		this(approvalPolicy, approvalsReviewer, baseInstructions, config, cwd, developerInstructions, excludeTurns, model, modelProvider, personality, sandbox, serviceTier, threadId, Map.of());
	}

}
