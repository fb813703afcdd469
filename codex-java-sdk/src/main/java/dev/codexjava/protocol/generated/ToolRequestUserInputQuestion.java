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
 * EXPERIMENTAL. Represents one request_user_input question and its required options.
 */
@SuppressWarnings("unused")
public record ToolRequestUserInputQuestion(
		@JsonProperty("header") String header,
		@JsonProperty("id") String id,
		@JsonProperty("isOther") @Nullable Boolean isOther,
		@JsonProperty("isSecret") @Nullable Boolean isSecret,
		@JsonProperty("options") @Nullable List<ToolRequestUserInputOption> options,
		@JsonProperty("question") String question,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ToolRequestUserInputQuestion {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ToolRequestUserInputQuestion(String header, String id, @Nullable Boolean isOther, @Nullable Boolean isSecret, @Nullable List<ToolRequestUserInputOption> options, String question) {
		this(header, id, isOther, isSecret, options, question, Map.of());
	}

}
