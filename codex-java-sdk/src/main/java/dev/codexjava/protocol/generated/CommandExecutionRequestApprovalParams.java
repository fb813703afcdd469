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
 * The protocol's {@code CommandExecutionRequestApprovalParams}.
 */
@SuppressWarnings("unused")
public record CommandExecutionRequestApprovalParams(
		@JsonProperty("approvalId") String approvalId,
		@JsonProperty("command") String command,
		@JsonProperty("commandActions") List<CommandAction> commandActions,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("environmentId") String environmentId,
		@JsonProperty("itemId") String itemId,
		@JsonProperty("kind") JsonNode kind,
		@JsonProperty("networkApprovalContext") NetworkApprovalContext networkApprovalContext,
		@JsonProperty("proposedExecpolicyAmendment") List<String> proposedExecpolicyAmendment,
		@JsonProperty("proposedNetworkPolicyAmendments") List<NetworkPolicyAmendment> proposedNetworkPolicyAmendments,
		@JsonProperty("reason") String reason,
		@JsonProperty("startedAtMs") Long startedAtMs,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("turnId") String turnId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public CommandExecutionRequestApprovalParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public CommandExecutionRequestApprovalParams(String approvalId, String command, List<CommandAction> commandActions, String cwd, String environmentId, String itemId, JsonNode kind, NetworkApprovalContext networkApprovalContext, List<String> proposedExecpolicyAmendment, List<NetworkPolicyAmendment> proposedNetworkPolicyAmendments, String reason, Long startedAtMs, String threadId, String turnId) {
		this(approvalId, command, commandActions, cwd, environmentId, itemId, kind, networkApprovalContext, proposedExecpolicyAmendment, proposedNetworkPolicyAmendments, reason, startedAtMs, threadId, turnId, Map.of());
	}

}
