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
 * The protocol's {@code PluginSummary}.
 */
@SuppressWarnings("unused")
public record PluginSummary(
		@JsonProperty("authPolicy") PluginAuthPolicy authPolicy,
		@JsonProperty("availability") JsonNode availability,
		@JsonProperty("disabledReason") PluginDisabledReason disabledReason,
		@JsonProperty("eligiblePlanTypes") List<String> eligiblePlanTypes,
		@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("id") String id,
		@JsonProperty("installPolicy") PluginInstallPolicy installPolicy,
		@JsonProperty("installPolicySource") PluginInstallPolicySource installPolicySource,
		@JsonProperty("installed") Boolean installed,
		@JsonProperty("installedAt") Long installedAt,
		@JsonProperty("interface") PluginInterface interface_,
		@JsonProperty("keywords") List<String> keywords,
		@JsonProperty("localVersion") String localVersion,
		@JsonProperty("mustShowInstallationInterstitial") Boolean mustShowInstallationInterstitial,
		@JsonProperty("name") String name,
		@JsonProperty("remotePluginId") String remotePluginId,
		@JsonProperty("shareContext") PluginShareContext shareContext,
		@JsonProperty("source") PluginSource source,
		@JsonProperty("version") String version,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginSummary(PluginAuthPolicy authPolicy, JsonNode availability, PluginDisabledReason disabledReason, List<String> eligiblePlanTypes, Boolean enabled, String id, PluginInstallPolicy installPolicy, PluginInstallPolicySource installPolicySource, Boolean installed, Long installedAt, PluginInterface interface_, List<String> keywords, String localVersion, Boolean mustShowInstallationInterstitial, String name, String remotePluginId, PluginShareContext shareContext, PluginSource source, String version) {
		this(authPolicy, availability, disabledReason, eligiblePlanTypes, enabled, id, installPolicy, installPolicySource, installed, installedAt, interface_, keywords, localVersion, mustShowInstallationInterstitial, name, remotePluginId, shareContext, source, version, Map.of());
	}

}
