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
 * The protocol's {@code CommandExecutionRequestApprovalParams}.
 */
@SuppressWarnings("unused")
public record CommandExecutionRequestApprovalParams(
		@JsonProperty("approvalId") @Nullable String approvalId,
		@JsonProperty("command") @Nullable String command,
		@JsonProperty("commandActions") @Nullable List<CommandAction> commandActions,
		@JsonProperty("cwd") @Nullable String cwd,
		@JsonProperty("environmentId") @Nullable String environmentId,
		@JsonProperty("itemId") String itemId,
		@JsonProperty("kind") @Nullable JsonNode kind,
		@JsonProperty("networkApprovalContext") @Nullable NetworkApprovalContext networkApprovalContext,
		@JsonProperty("proposedExecpolicyAmendment") @Nullable List<String> proposedExecpolicyAmendment,
		@JsonProperty("proposedNetworkPolicyAmendments") @Nullable List<NetworkPolicyAmendment> proposedNetworkPolicyAmendments,
		@JsonProperty("reason") @Nullable String reason,
		@JsonProperty("startedAtMs") Long startedAtMs,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("turnId") String turnId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public CommandExecutionRequestApprovalParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public CommandExecutionRequestApprovalParams(@Nullable String approvalId, @Nullable String command, @Nullable List<CommandAction> commandActions, @Nullable String cwd, @Nullable String environmentId, String itemId, @Nullable JsonNode kind, @Nullable NetworkApprovalContext networkApprovalContext, @Nullable List<String> proposedExecpolicyAmendment, @Nullable List<NetworkPolicyAmendment> proposedNetworkPolicyAmendments, @Nullable String reason, Long startedAtMs, String threadId, String turnId) {
		this(approvalId, command, commandActions, cwd, environmentId, itemId, kind, networkApprovalContext, proposedExecpolicyAmendment, proposedNetworkPolicyAmendments, reason, startedAtMs, threadId, turnId, Map.of());
	}

}
