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
 * The protocol's {@code RateLimitSnapshot}.
 */
@SuppressWarnings("unused")
public record RateLimitSnapshot(
		@JsonProperty("credits") @Nullable CreditsSnapshot credits,
		@JsonProperty("individualLimit") @Nullable SpendControlLimitSnapshot individualLimit,
		@JsonProperty("limitId") @Nullable String limitId,
		@JsonProperty("limitName") @Nullable String limitName,
		@JsonProperty("normalModelSlug") @Nullable String normalModelSlug,
		@JsonProperty("planType") @Nullable PlanType planType,
		@JsonProperty("primary") @Nullable RateLimitWindow primary,
		@JsonProperty("rateLimitReachedType") @Nullable RateLimitReachedType rateLimitReachedType,
		@JsonProperty("secondary") @Nullable RateLimitWindow secondary,
		@JsonProperty("spendControlReached") @Nullable Boolean spendControlReached,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public RateLimitSnapshot {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public RateLimitSnapshot(@Nullable CreditsSnapshot credits, @Nullable SpendControlLimitSnapshot individualLimit, @Nullable String limitId, @Nullable String limitName, @Nullable String normalModelSlug, @Nullable PlanType planType, @Nullable RateLimitWindow primary, @Nullable RateLimitReachedType rateLimitReachedType, @Nullable RateLimitWindow secondary, @Nullable Boolean spendControlReached) {
		this(credits, individualLimit, limitId, limitName, normalModelSlug, planType, primary, rateLimitReachedType, secondary, spendControlReached, Map.of());
	}

}
