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
 * Final buffered result for `command/exec`.
 */
@SuppressWarnings("unused")
public record CommandExecResponse(
		@JsonProperty("exitCode") Long exitCode,
		@JsonProperty("stderr") String stderr,
		@JsonProperty("stdout") String stdout,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public CommandExecResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public CommandExecResponse(Long exitCode, String stderr, String stdout) {
		this(exitCode, stderr, stdout, Map.of());
	}

}
