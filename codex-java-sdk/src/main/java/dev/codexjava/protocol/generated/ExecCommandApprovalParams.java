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
 * The protocol's {@code ExecCommandApprovalParams}.
 */
@SuppressWarnings("unused")
public record ExecCommandApprovalParams(
		@JsonProperty("approvalId") @Nullable String approvalId,
		@JsonProperty("callId") String callId,
		@JsonProperty("command") List<String> command,
		@JsonProperty("conversationId") String conversationId,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("parsedCmd") List<ParsedCommand> parsedCmd,
		@JsonProperty("reason") @Nullable String reason,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExecCommandApprovalParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExecCommandApprovalParams(@Nullable String approvalId, String callId, List<String> command, String conversationId, String cwd, List<ParsedCommand> parsedCmd, @Nullable String reason) {
		this(approvalId, callId, command, conversationId, cwd, parsedCmd, reason, Map.of());
	}

}
