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
 * Client-declared capabilities negotiated during initialize.
 */
@SuppressWarnings("unused")
public record InitializeCapabilities(
		@JsonProperty("experimentalApi") Boolean experimentalApi,
		@JsonProperty("explicitGatewayOauth") Boolean explicitGatewayOauth,
		@JsonProperty("extensions") JsonNode extensions,
		@JsonProperty("mcpServerOpenaiFormElicitation") Boolean mcpServerOpenaiFormElicitation,
		@JsonProperty("optOutNotificationMethods") List<String> optOutNotificationMethods,
		@JsonProperty("requestAttestation") Boolean requestAttestation,
		@JsonProperty("requiredHumanApproval") Boolean requiredHumanApproval,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public InitializeCapabilities {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public InitializeCapabilities(Boolean experimentalApi, Boolean explicitGatewayOauth, JsonNode extensions, Boolean mcpServerOpenaiFormElicitation, List<String> optOutNotificationMethods, Boolean requestAttestation, Boolean requiredHumanApproval) {
		this(experimentalApi, explicitGatewayOauth, extensions, mcpServerOpenaiFormElicitation, optOutNotificationMethods, requestAttestation, requiredHumanApproval, Map.of());
	}

}
