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
 * The protocol's {@code PluginSummary}.
 */
@SuppressWarnings("unused")
public record PluginSummary(
		@JsonProperty("authPolicy") PluginAuthPolicy authPolicy,
		@JsonProperty("availability") @Nullable JsonNode availability,
		@JsonProperty("disabledReason") @Nullable PluginDisabledReason disabledReason,
		@JsonProperty("eligiblePlanTypes") @Nullable List<String> eligiblePlanTypes,
		@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("id") String id,
		@JsonProperty("installPolicy") PluginInstallPolicy installPolicy,
		@JsonProperty("installPolicySource") @Nullable PluginInstallPolicySource installPolicySource,
		@JsonProperty("installed") Boolean installed,
		@JsonProperty("installedAt") @Nullable Long installedAt,
		@JsonProperty("interface") @Nullable PluginInterface interface_,
		@JsonProperty("keywords") @Nullable List<String> keywords,
		@JsonProperty("localVersion") @Nullable String localVersion,
		@JsonProperty("mustShowInstallationInterstitial") @Nullable Boolean mustShowInstallationInterstitial,
		@JsonProperty("name") String name,
		@JsonProperty("remotePluginId") @Nullable String remotePluginId,
		@JsonProperty("shareContext") @Nullable PluginShareContext shareContext,
		@JsonProperty("source") PluginSource source,
		@JsonProperty("version") @Nullable String version,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginSummary(PluginAuthPolicy authPolicy, @Nullable JsonNode availability, @Nullable PluginDisabledReason disabledReason, @Nullable List<String> eligiblePlanTypes, Boolean enabled, String id, PluginInstallPolicy installPolicy, @Nullable PluginInstallPolicySource installPolicySource, Boolean installed, @Nullable Long installedAt, @Nullable PluginInterface interface_, @Nullable List<String> keywords, @Nullable String localVersion, @Nullable Boolean mustShowInstallationInterstitial, String name, @Nullable String remotePluginId, @Nullable PluginShareContext shareContext, PluginSource source, @Nullable String version) {
		this(authPolicy, availability, disabledReason, eligiblePlanTypes, enabled, id, installPolicy, installPolicySource, installed, installedAt, interface_, keywords, localVersion, mustShowInstallationInterstitial, name, remotePluginId, shareContext, source, version, Map.of());
	}

}
