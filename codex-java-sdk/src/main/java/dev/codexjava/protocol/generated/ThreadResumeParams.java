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
 * There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by path and resume it.
 */
@SuppressWarnings("unused")
public record ThreadResumeParams(
		@JsonProperty("approvalPolicy") AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") ApprovalsReviewer approvalsReviewer,
		@JsonProperty("baseInstructions") String baseInstructions,
		@JsonProperty("config") JsonNode config,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("developerInstructions") String developerInstructions,
		@JsonProperty("excludeTurns") Boolean excludeTurns,
		@JsonProperty("model") String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("personality") Personality personality,
		@JsonProperty("sandbox") SandboxMode sandbox,
		@JsonProperty("serviceTier") String serviceTier,
		@JsonProperty("threadId") String threadId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadResumeParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadResumeParams(AskForApproval approvalPolicy, ApprovalsReviewer approvalsReviewer, String baseInstructions, JsonNode config, String cwd, String developerInstructions, Boolean excludeTurns, String model, String modelProvider, Personality personality, SandboxMode sandbox, String serviceTier, String threadId) {
		this(approvalPolicy, approvalsReviewer, baseInstructions, config, cwd, developerInstructions, excludeTurns, model, modelProvider, personality, sandbox, serviceTier, threadId, Map.of());
	}

}
