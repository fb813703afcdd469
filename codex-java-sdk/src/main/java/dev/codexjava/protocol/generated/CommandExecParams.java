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
 * Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.
 */
@SuppressWarnings("unused")
public record CommandExecParams(
		@JsonProperty("command") List<String> command,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("disableOutputCap") Boolean disableOutputCap,
		@JsonProperty("disableTimeout") Boolean disableTimeout,
		@JsonProperty("env") Map<String, String> env,
		@JsonProperty("outputBytesCap") Long outputBytesCap,
		@JsonProperty("processId") String processId,
		@JsonProperty("sandboxPolicy") SandboxPolicy sandboxPolicy,
		@JsonProperty("size") CommandExecTerminalSize size,
		@JsonProperty("streamStdin") Boolean streamStdin,
		@JsonProperty("streamStdoutStderr") Boolean streamStdoutStderr,
		@JsonProperty("timeoutMs") Long timeoutMs,
		@JsonProperty("tty") Boolean tty,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public CommandExecParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public CommandExecParams(List<String> command, String cwd, Boolean disableOutputCap, Boolean disableTimeout, Map<String, String> env, Long outputBytesCap, String processId, SandboxPolicy sandboxPolicy, CommandExecTerminalSize size, Boolean streamStdin, Boolean streamStdoutStderr, Long timeoutMs, Boolean tty) {
		this(command, cwd, disableOutputCap, disableTimeout, env, outputBytesCap, processId, sandboxPolicy, size, streamStdin, streamStdoutStderr, timeoutMs, tty, Map.of());
	}

}
