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
 * Client-declared capabilities negotiated during initialize.
 */
@SuppressWarnings("unused")
public record InitializeCapabilities(
		@JsonProperty("experimentalApi") @Nullable Boolean experimentalApi,
		@JsonProperty("explicitGatewayOauth") @Nullable Boolean explicitGatewayOauth,
		@JsonProperty("extensions") @Nullable JsonNode extensions,
		@JsonProperty("mcpServerOpenaiFormElicitation") @Nullable Boolean mcpServerOpenaiFormElicitation,
		@JsonProperty("optOutNotificationMethods") @Nullable List<String> optOutNotificationMethods,
		@JsonProperty("requestAttestation") @Nullable Boolean requestAttestation,
		@JsonProperty("requiredHumanApproval") @Nullable Boolean requiredHumanApproval,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public InitializeCapabilities {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public InitializeCapabilities(@Nullable Boolean experimentalApi, @Nullable Boolean explicitGatewayOauth, @Nullable JsonNode extensions, @Nullable Boolean mcpServerOpenaiFormElicitation, @Nullable List<String> optOutNotificationMethods, @Nullable Boolean requestAttestation, @Nullable Boolean requiredHumanApproval) {
		this(experimentalApi, explicitGatewayOauth, extensions, mcpServerOpenaiFormElicitation, optOutNotificationMethods, requestAttestation, requiredHumanApproval, Map.of());
	}

}
