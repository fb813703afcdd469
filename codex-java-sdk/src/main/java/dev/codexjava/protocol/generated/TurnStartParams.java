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
 * The protocol's {@code TurnStartParams}.
 */
@SuppressWarnings("unused")
public record TurnStartParams(
		@JsonProperty("approvalPolicy") @Nullable AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") @Nullable ApprovalsReviewer approvalsReviewer,
		@JsonProperty("clientUserMessageId") @Nullable String clientUserMessageId,
		@JsonProperty("cwd") @Nullable String cwd,
		@JsonProperty("disabledPluginIds") @Nullable List<String> disabledPluginIds,
		@JsonProperty("effort") @Nullable String effort,
		@JsonProperty("input") List<UserInput> input,
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("outputSchema") @Nullable JsonNode outputSchema,
		@JsonProperty("parentTurnId") @Nullable String parentTurnId,
		@JsonProperty("personality") @Nullable Personality personality,
		@JsonProperty("rootTurnId") @Nullable String rootTurnId,
		@JsonProperty("sandboxPolicy") @Nullable SandboxPolicy sandboxPolicy,
		@JsonProperty("serviceTier") @Nullable String serviceTier,
		@JsonProperty("serviceTierForTurn") @Nullable String serviceTierForTurn,
		@JsonProperty("summary") @Nullable ReasoningSummary summary,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("toolOutput") @Nullable TurnToolOutput toolOutput,
		@JsonProperty("turnTrigger") @Nullable String turnTrigger,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public TurnStartParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public TurnStartParams(@Nullable AskForApproval approvalPolicy, @Nullable ApprovalsReviewer approvalsReviewer, @Nullable String clientUserMessageId, @Nullable String cwd, @Nullable List<String> disabledPluginIds, @Nullable String effort, List<UserInput> input, @Nullable String model, @Nullable JsonNode outputSchema, @Nullable String parentTurnId, @Nullable Personality personality, @Nullable String rootTurnId, @Nullable SandboxPolicy sandboxPolicy, @Nullable String serviceTier, @Nullable String serviceTierForTurn, @Nullable ReasoningSummary summary, String threadId, @Nullable TurnToolOutput toolOutput, @Nullable String turnTrigger) {
		this(approvalPolicy, approvalsReviewer, clientUserMessageId, cwd, disabledPluginIds, effort, input, model, outputSchema, parentTurnId, personality, rootTurnId, sandboxPolicy, serviceTier, serviceTierForTurn, summary, threadId, toolOutput, turnTrigger, Map.of());
	}

}
