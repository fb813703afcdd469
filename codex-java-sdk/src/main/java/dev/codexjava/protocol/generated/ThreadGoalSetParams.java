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
 * The protocol's {@code ThreadGoalSetParams}.
 */
@SuppressWarnings("unused")
public record ThreadGoalSetParams(
		@JsonProperty("objective") @Nullable String objective,
		@JsonProperty("origin") @Nullable ThreadGoalMutationOrigin origin,
		@JsonProperty("status") @Nullable ThreadGoalStatus status,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("tokenBudget") @Nullable Long tokenBudget,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadGoalSetParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadGoalSetParams(@Nullable String objective, @Nullable ThreadGoalMutationOrigin origin, @Nullable ThreadGoalStatus status, String threadId, @Nullable Long tokenBudget) {
		this(objective, origin, status, threadId, tokenBudget, Map.of());
	}

}
