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
 * Write stdin bytes to a running `command/exec` session, close stdin, or both.
 */
@SuppressWarnings("unused")
public record CommandExecWriteParams(
		@JsonProperty("closeStdin") @Nullable Boolean closeStdin,
		@JsonProperty("deltaBase64") @Nullable String deltaBase64,
		@JsonProperty("processId") String processId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public CommandExecWriteParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public CommandExecWriteParams(@Nullable Boolean closeStdin, @Nullable String deltaBase64, String processId) {
		this(closeStdin, deltaBase64, processId, Map.of());
	}

}
