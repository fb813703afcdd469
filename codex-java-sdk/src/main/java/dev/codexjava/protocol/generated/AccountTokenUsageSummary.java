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
 * The protocol's {@code AccountTokenUsageSummary}.
 */
@SuppressWarnings("unused")
public record AccountTokenUsageSummary(
		@JsonProperty("currentStreakDays") @Nullable Long currentStreakDays,
		@JsonProperty("lifetimeTokens") @Nullable Long lifetimeTokens,
		@JsonProperty("longestRunningTurnSec") @Nullable Long longestRunningTurnSec,
		@JsonProperty("longestStreakDays") @Nullable Long longestStreakDays,
		@JsonProperty("peakDailyTokens") @Nullable Long peakDailyTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AccountTokenUsageSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AccountTokenUsageSummary(@Nullable Long currentStreakDays, @Nullable Long lifetimeTokens, @Nullable Long longestRunningTurnSec, @Nullable Long longestStreakDays, @Nullable Long peakDailyTokens) {
		this(currentStreakDays, lifetimeTokens, longestRunningTurnSec, longestStreakDays, peakDailyTokens, Map.of());
	}

}
