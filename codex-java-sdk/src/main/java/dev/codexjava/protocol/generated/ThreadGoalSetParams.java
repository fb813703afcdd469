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
 * The protocol's {@code ThreadGoalSetParams}.
 */
@SuppressWarnings("unused")
public record ThreadGoalSetParams(
		@JsonProperty("objective") String objective,
		@JsonProperty("origin") ThreadGoalMutationOrigin origin,
		@JsonProperty("status") ThreadGoalStatus status,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("tokenBudget") Long tokenBudget,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadGoalSetParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadGoalSetParams(String objective, ThreadGoalMutationOrigin origin, ThreadGoalStatus status, String threadId, Long tokenBudget) {
		this(objective, origin, status, threadId, tokenBudget, Map.of());
	}

}
