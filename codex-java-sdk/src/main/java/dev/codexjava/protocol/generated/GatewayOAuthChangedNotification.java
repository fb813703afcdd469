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
 * The protocol's {@code GatewayOAuthChangedNotification}.
 */
@SuppressWarnings("unused")
public record GatewayOAuthChangedNotification(
		@JsonProperty("authUrl") String authUrl,
		@JsonProperty("error") String error,
		@JsonProperty("loginId") String loginId,
		@JsonProperty("providerId") String providerId,
		@JsonProperty("status") GatewayOAuthStatus status,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public GatewayOAuthChangedNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public GatewayOAuthChangedNotification(String authUrl, String error, String loginId, String providerId, GatewayOAuthStatus status) {
		this(authUrl, error, loginId, providerId, status, Map.of());
	}

}
