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
 * The protocol's {@code McpServerOauthLoginParams}.
 */
@SuppressWarnings("unused")
public record McpServerOauthLoginParams(
		@JsonProperty("clientRegistration") @Nullable McpServerOauthClientRegistration clientRegistration,
		@JsonProperty("name") String name,
		@JsonProperty("scopes") @Nullable List<String> scopes,
		@JsonProperty("threadId") @Nullable String threadId,
		@JsonProperty("timeoutSecs") @Nullable Long timeoutSecs,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpServerOauthLoginParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpServerOauthLoginParams(@Nullable McpServerOauthClientRegistration clientRegistration, String name, @Nullable List<String> scopes, @Nullable String threadId, @Nullable Long timeoutSecs) {
		this(clientRegistration, name, scopes, threadId, timeoutSecs, Map.of());
	}

}
