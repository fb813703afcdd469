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
 * Final process exit notification for `process/spawn`.
 */
@SuppressWarnings("unused")
public record ProcessExitedNotification(
		@JsonProperty("exitCode") Long exitCode,
		@JsonProperty("outputDrainTimedOut") @Nullable Boolean outputDrainTimedOut,
		@JsonProperty("processHandle") String processHandle,
		@JsonProperty("stderr") String stderr,
		@JsonProperty("stderrCapReached") Boolean stderrCapReached,
		@JsonProperty("stdout") String stdout,
		@JsonProperty("stdoutCapReached") Boolean stdoutCapReached,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ProcessExitedNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ProcessExitedNotification(Long exitCode, @Nullable Boolean outputDrainTimedOut, String processHandle, String stderr, Boolean stderrCapReached, String stdout, Boolean stdoutCapReached) {
		this(exitCode, outputDrainTimedOut, processHandle, stderr, stderrCapReached, stdout, stdoutCapReached, Map.of());
	}

}
