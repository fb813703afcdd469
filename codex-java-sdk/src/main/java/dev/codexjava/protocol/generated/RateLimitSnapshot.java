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
 * The protocol's {@code RateLimitSnapshot}.
 */
@SuppressWarnings("unused")
public record RateLimitSnapshot(
		@JsonProperty("credits") CreditsSnapshot credits,
		@JsonProperty("individualLimit") SpendControlLimitSnapshot individualLimit,
		@JsonProperty("limitId") String limitId,
		@JsonProperty("limitName") String limitName,
		@JsonProperty("normalModelSlug") String normalModelSlug,
		@JsonProperty("planType") PlanType planType,
		@JsonProperty("primary") RateLimitWindow primary,
		@JsonProperty("rateLimitReachedType") RateLimitReachedType rateLimitReachedType,
		@JsonProperty("secondary") RateLimitWindow secondary,
		@JsonProperty("spendControlReached") Boolean spendControlReached,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public RateLimitSnapshot {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public RateLimitSnapshot(CreditsSnapshot credits, SpendControlLimitSnapshot individualLimit, String limitId, String limitName, String normalModelSlug, PlanType planType, RateLimitWindow primary, RateLimitReachedType rateLimitReachedType, RateLimitWindow secondary, Boolean spendControlReached) {
		this(credits, individualLimit, limitId, limitName, normalModelSlug, planType, primary, rateLimitReachedType, secondary, spendControlReached, Map.of());
	}

}
