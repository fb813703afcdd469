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
 * Authorize a configured provider without changing the default or any thread's provider.
 */
@SuppressWarnings("unused")
public record GatewayOAuthLoginParams(
		@JsonProperty("deviceAuth") @Nullable Boolean deviceAuth,
		@JsonProperty("modelProvider") @Nullable String modelProvider,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public GatewayOAuthLoginParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public GatewayOAuthLoginParams(@Nullable Boolean deviceAuth, @Nullable String modelProvider) {
		this(deviceAuth, modelProvider, Map.of());
	}

}
