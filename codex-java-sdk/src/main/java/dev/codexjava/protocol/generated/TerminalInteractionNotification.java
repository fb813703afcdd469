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
 * The protocol's {@code TerminalInteractionNotification}.
 */
@SuppressWarnings("unused")
public record TerminalInteractionNotification(
		@JsonProperty("itemId") String itemId,
		@JsonProperty("processId") String processId,
		@JsonProperty("stdin") String stdin,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("turnId") String turnId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public TerminalInteractionNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public TerminalInteractionNotification(String itemId, String processId, String stdin, String threadId, String turnId) {
		this(itemId, processId, stdin, threadId, turnId, Map.of());
	}

}
