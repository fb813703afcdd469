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
 * The protocol's {@code GetAccountRateLimitsResponse}.
 */
@SuppressWarnings("unused")
public record GetAccountRateLimitsResponse(
		@JsonProperty("accountId") @Nullable String accountId,
		@JsonProperty("ordinaryUsageAllowed") @Nullable Boolean ordinaryUsageAllowed,
		@JsonProperty("rateLimitResetCredits") @Nullable RateLimitResetCreditsSummary rateLimitResetCredits,
		@JsonProperty("rateLimitUpsell") @Nullable JsonNode rateLimitUpsell,
		@JsonProperty("rateLimits") JsonNode rateLimits,
		@JsonProperty("rateLimitsByLimitId") @Nullable Map<String, RateLimitSnapshot> rateLimitsByLimitId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public GetAccountRateLimitsResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public GetAccountRateLimitsResponse(@Nullable String accountId, @Nullable Boolean ordinaryUsageAllowed, @Nullable RateLimitResetCreditsSummary rateLimitResetCredits, @Nullable JsonNode rateLimitUpsell, JsonNode rateLimits, @Nullable Map<String, RateLimitSnapshot> rateLimitsByLimitId) {
		this(accountId, ordinaryUsageAllowed, rateLimitResetCredits, rateLimitUpsell, rateLimits, rateLimitsByLimitId, Map.of());
	}

}
