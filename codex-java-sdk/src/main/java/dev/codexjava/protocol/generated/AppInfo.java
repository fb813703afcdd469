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
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 */
@SuppressWarnings("unused")
public record AppInfo(
		@JsonProperty("appMetadata") AppMetadata appMetadata,
		@JsonProperty("branding") AppBranding branding,
		@JsonProperty("description") String description,
		@JsonProperty("distributionChannel") String distributionChannel,
		@JsonProperty("iconAssets") Map<String, String> iconAssets,
		@JsonProperty("iconDarkAssets") Map<String, String> iconDarkAssets,
		@JsonProperty("id") String id,
		@JsonProperty("installUrl") String installUrl,
		@JsonProperty("isAccessible") Boolean isAccessible,
		@JsonProperty("isEnabled") Boolean isEnabled,
		@JsonProperty("labels") Map<String, String> labels,
		@JsonProperty("logoUrl") String logoUrl,
		@JsonProperty("logoUrlDark") String logoUrlDark,
		@JsonProperty("name") String name,
		@JsonProperty("pluginDisplayNames") List<String> pluginDisplayNames,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppInfo {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppInfo(AppMetadata appMetadata, AppBranding branding, String description, String distributionChannel, Map<String, String> iconAssets, Map<String, String> iconDarkAssets, String id, String installUrl, Boolean isAccessible, Boolean isEnabled, Map<String, String> labels, String logoUrl, String logoUrlDark, String name, List<String> pluginDisplayNames) {
		this(appMetadata, branding, description, distributionChannel, iconAssets, iconDarkAssets, id, installUrl, isAccessible, isEnabled, labels, logoUrl, logoUrlDark, name, pluginDisplayNames, Map.of());
	}

}
