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
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 */
@SuppressWarnings("unused")
public record AppInfo(
		@JsonProperty("appMetadata") @Nullable AppMetadata appMetadata,
		@JsonProperty("branding") @Nullable AppBranding branding,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("distributionChannel") @Nullable String distributionChannel,
		@JsonProperty("iconAssets") @Nullable Map<String, String> iconAssets,
		@JsonProperty("iconDarkAssets") @Nullable Map<String, String> iconDarkAssets,
		@JsonProperty("id") String id,
		@JsonProperty("installUrl") @Nullable String installUrl,
		@JsonProperty("isAccessible") @Nullable Boolean isAccessible,
		@JsonProperty("isEnabled") @Nullable Boolean isEnabled,
		@JsonProperty("labels") @Nullable Map<String, String> labels,
		@JsonProperty("logoUrl") @Nullable String logoUrl,
		@JsonProperty("logoUrlDark") @Nullable String logoUrlDark,
		@JsonProperty("name") String name,
		@JsonProperty("pluginDisplayNames") @Nullable List<String> pluginDisplayNames,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppInfo {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppInfo(@Nullable AppMetadata appMetadata, @Nullable AppBranding branding, @Nullable String description, @Nullable String distributionChannel, @Nullable Map<String, String> iconAssets, @Nullable Map<String, String> iconDarkAssets, String id, @Nullable String installUrl, @Nullable Boolean isAccessible, @Nullable Boolean isEnabled, @Nullable Map<String, String> labels, @Nullable String logoUrl, @Nullable String logoUrlDark, String name, @Nullable List<String> pluginDisplayNames) {
		this(appMetadata, branding, description, distributionChannel, iconAssets, iconDarkAssets, id, installUrl, isAccessible, isEnabled, labels, logoUrl, logoUrlDark, name, pluginDisplayNames, Map.of());
	}

}
