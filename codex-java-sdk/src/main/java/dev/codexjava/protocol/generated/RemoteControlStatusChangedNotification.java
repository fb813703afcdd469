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
 * Current remote-control connection status and remote identity exposed to clients.
 */
@SuppressWarnings("unused")
public record RemoteControlStatusChangedNotification(
		@JsonProperty("environmentId") @Nullable String environmentId,
		@JsonProperty("installationId") String installationId,
		@JsonProperty("serverName") String serverName,
		@JsonProperty("status") RemoteControlConnectionStatus status,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public RemoteControlStatusChangedNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public RemoteControlStatusChangedNotification(@Nullable String environmentId, String installationId, String serverName, RemoteControlConnectionStatus status) {
		this(environmentId, installationId, serverName, status, Map.of());
	}

}
