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
 * The protocol's {@code TurnStartParams}.
 */
@SuppressWarnings("unused")
public record TurnStartParams(
		@JsonProperty("approvalPolicy") AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") ApprovalsReviewer approvalsReviewer,
		@JsonProperty("clientUserMessageId") String clientUserMessageId,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("disabledPluginIds") List<String> disabledPluginIds,
		@JsonProperty("effort") String effort,
		@JsonProperty("input") List<UserInput> input,
		@JsonProperty("model") String model,
		@JsonProperty("outputSchema") JsonNode outputSchema,
		@JsonProperty("parentTurnId") String parentTurnId,
		@JsonProperty("personality") Personality personality,
		@JsonProperty("rootTurnId") String rootTurnId,
		@JsonProperty("sandboxPolicy") SandboxPolicy sandboxPolicy,
		@JsonProperty("serviceTier") String serviceTier,
		@JsonProperty("serviceTierForTurn") String serviceTierForTurn,
		@JsonProperty("summary") ReasoningSummary summary,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("toolOutput") TurnToolOutput toolOutput,
		@JsonProperty("turnTrigger") String turnTrigger,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public TurnStartParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public TurnStartParams(AskForApproval approvalPolicy, ApprovalsReviewer approvalsReviewer, String clientUserMessageId, String cwd, List<String> disabledPluginIds, String effort, List<UserInput> input, String model, JsonNode outputSchema, String parentTurnId, Personality personality, String rootTurnId, SandboxPolicy sandboxPolicy, String serviceTier, String serviceTierForTurn, ReasoningSummary summary, String threadId, TurnToolOutput toolOutput, String turnTrigger) {
		this(approvalPolicy, approvalsReviewer, clientUserMessageId, cwd, disabledPluginIds, effort, input, model, outputSchema, parentTurnId, personality, rootTurnId, sandboxPolicy, serviceTier, serviceTierForTurn, summary, threadId, toolOutput, turnTrigger, Map.of());
	}

}
