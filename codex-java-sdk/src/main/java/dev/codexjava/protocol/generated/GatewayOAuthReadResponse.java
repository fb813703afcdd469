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
 * Current effective gateway policy and credential readiness; never contains credentials.
 */
@SuppressWarnings("unused")
public record GatewayOAuthReadResponse(
		@JsonProperty("error") @Nullable String error,
		@JsonProperty("providerId") String providerId,
		@JsonProperty("providerName") String providerName,
		@JsonProperty("required") Boolean required,
		@JsonProperty("status") @Nullable GatewayOAuthStatus status,
		@JsonProperty("supportsDeviceAuth") @Nullable Boolean supportsDeviceAuth,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public GatewayOAuthReadResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public GatewayOAuthReadResponse(@Nullable String error, String providerId, String providerName, Boolean required, @Nullable GatewayOAuthStatus status, @Nullable Boolean supportsDeviceAuth) {
		this(error, providerId, providerName, required, status, supportsDeviceAuth, Map.of());
	}

}
