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
 * EXPERIMENTAL. Params sent with a request_user_input event.
 */
@SuppressWarnings("unused")
public record ToolRequestUserInputParams(
		@JsonProperty("autoResolutionMs") @Nullable Long autoResolutionMs,
		@JsonProperty("isBlocking") Boolean isBlocking,
		@JsonProperty("itemId") String itemId,
		@JsonProperty("questions") List<ToolRequestUserInputQuestion> questions,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("turnId") String turnId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ToolRequestUserInputParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ToolRequestUserInputParams(@Nullable Long autoResolutionMs, Boolean isBlocking, String itemId, List<ToolRequestUserInputQuestion> questions, String threadId, String turnId) {
		this(autoResolutionMs, isBlocking, itemId, questions, threadId, turnId, Map.of());
	}

}
