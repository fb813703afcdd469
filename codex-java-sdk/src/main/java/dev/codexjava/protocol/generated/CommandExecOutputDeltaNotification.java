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
 * Base64-encoded output chunk emitted for a streaming `command/exec` request.
 */
@SuppressWarnings("unused")
public record CommandExecOutputDeltaNotification(
		@JsonProperty("capReached") Boolean capReached,
		@JsonProperty("deltaBase64") String deltaBase64,
		@JsonProperty("processId") String processId,
		@JsonProperty("stream") JsonNode stream,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public CommandExecOutputDeltaNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public CommandExecOutputDeltaNotification(Boolean capReached, String deltaBase64, String processId, JsonNode stream) {
		this(capReached, deltaBase64, processId, stream, Map.of());
	}

}
