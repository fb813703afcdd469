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
 * Usage-read capabilities of the requesting client, never inferred from its experiment arm.
 */
@SuppressWarnings("unused")
public record GetAccountRateLimitsParams(
		@JsonProperty("excludeResetCreditDetails") @Nullable Boolean excludeResetCreditDetails,
		@JsonProperty("supportsLunaReserve") @Nullable Boolean supportsLunaReserve,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public GetAccountRateLimitsParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public GetAccountRateLimitsParams(@Nullable Boolean excludeResetCreditDetails, @Nullable Boolean supportsLunaReserve) {
		this(excludeResetCreditDetails, supportsLunaReserve, Map.of());
	}

}
