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
 * Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.
 */
@SuppressWarnings("unused")
public record CommandExecParams(
		@JsonProperty("command") List<String> command,
		@JsonProperty("cwd") @Nullable String cwd,
		@JsonProperty("disableOutputCap") @Nullable Boolean disableOutputCap,
		@JsonProperty("disableTimeout") @Nullable Boolean disableTimeout,
		@JsonProperty("env") @Nullable Map<String, String> env,
		@JsonProperty("outputBytesCap") @Nullable Long outputBytesCap,
		@JsonProperty("processId") @Nullable String processId,
		@JsonProperty("sandboxPolicy") @Nullable SandboxPolicy sandboxPolicy,
		@JsonProperty("size") @Nullable CommandExecTerminalSize size,
		@JsonProperty("streamStdin") @Nullable Boolean streamStdin,
		@JsonProperty("streamStdoutStderr") @Nullable Boolean streamStdoutStderr,
		@JsonProperty("timeoutMs") @Nullable Long timeoutMs,
		@JsonProperty("tty") @Nullable Boolean tty,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public CommandExecParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public CommandExecParams(List<String> command, @Nullable String cwd, @Nullable Boolean disableOutputCap, @Nullable Boolean disableTimeout, @Nullable Map<String, String> env, @Nullable Long outputBytesCap, @Nullable String processId, @Nullable SandboxPolicy sandboxPolicy, @Nullable CommandExecTerminalSize size, @Nullable Boolean streamStdin, @Nullable Boolean streamStdoutStderr, @Nullable Long timeoutMs, @Nullable Boolean tty) {
		this(command, cwd, disableOutputCap, disableTimeout, env, outputBytesCap, processId, sandboxPolicy, size, streamStdin, streamStdoutStderr, timeoutMs, tty, Map.of());
	}

}
