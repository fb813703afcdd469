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
 * The protocol's {@code ThreadGoal}.
 */
@SuppressWarnings("unused")
public record ThreadGoal(
		@JsonProperty("createdAt") Long createdAt,
		@JsonProperty("objective") String objective,
		@JsonProperty("status") ThreadGoalStatus status,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("timeUsedSeconds") Long timeUsedSeconds,
		@JsonProperty("tokenBudget") @Nullable Long tokenBudget,
		@JsonProperty("tokensUsed") Long tokensUsed,
		@JsonProperty("updatedAt") Long updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadGoal {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadGoal(Long createdAt, String objective, ThreadGoalStatus status, String threadId, Long timeUsedSeconds, @Nullable Long tokenBudget, Long tokensUsed, Long updatedAt) {
		this(createdAt, objective, status, threadId, timeUsedSeconds, tokenBudget, tokensUsed, updatedAt, Map.of());
	}

}
