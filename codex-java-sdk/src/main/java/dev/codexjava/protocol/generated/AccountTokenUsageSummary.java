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
 * The protocol's {@code AccountTokenUsageSummary}.
 */
@SuppressWarnings("unused")
public record AccountTokenUsageSummary(
		@JsonProperty("currentStreakDays") Long currentStreakDays,
		@JsonProperty("lifetimeTokens") Long lifetimeTokens,
		@JsonProperty("longestRunningTurnSec") Long longestRunningTurnSec,
		@JsonProperty("longestStreakDays") Long longestStreakDays,
		@JsonProperty("peakDailyTokens") Long peakDailyTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AccountTokenUsageSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AccountTokenUsageSummary(Long currentStreakDays, Long lifetimeTokens, Long longestRunningTurnSec, Long longestStreakDays, Long peakDailyTokens) {
		this(currentStreakDays, lifetimeTokens, longestRunningTurnSec, longestStreakDays, peakDailyTokens, Map.of());
	}

}
