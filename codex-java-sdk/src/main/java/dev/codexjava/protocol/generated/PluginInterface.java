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
 * The protocol's {@code PluginInterface}.
 */
@SuppressWarnings("unused")
public record PluginInterface(
		@JsonProperty("brandColor") String brandColor,
		@JsonProperty("capabilities") List<String> capabilities,
		@JsonProperty("category") String category,
		@JsonProperty("composerIcon") String composerIcon,
		@JsonProperty("composerIconUrl") String composerIconUrl,
		@JsonProperty("defaultPrompt") List<String> defaultPrompt,
		@JsonProperty("developerName") String developerName,
		@JsonProperty("displayName") String displayName,
		@JsonProperty("logo") String logo,
		@JsonProperty("logoDark") String logoDark,
		@JsonProperty("logoUrl") String logoUrl,
		@JsonProperty("logoUrlDark") String logoUrlDark,
		@JsonProperty("longDescription") String longDescription,
		@JsonProperty("privacyPolicyUrl") String privacyPolicyUrl,
		@JsonProperty("screenshotUrls") List<String> screenshotUrls,
		@JsonProperty("screenshots") List<String> screenshots,
		@JsonProperty("shortDescription") String shortDescription,
		@JsonProperty("termsOfServiceUrl") String termsOfServiceUrl,
		@JsonProperty("websiteUrl") String websiteUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginInterface {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginInterface(String brandColor, List<String> capabilities, String category, String composerIcon, String composerIconUrl, List<String> defaultPrompt, String developerName, String displayName, String logo, String logoDark, String logoUrl, String logoUrlDark, String longDescription, String privacyPolicyUrl, List<String> screenshotUrls, List<String> screenshots, String shortDescription, String termsOfServiceUrl, String websiteUrl) {
		this(brandColor, capabilities, category, composerIcon, composerIconUrl, defaultPrompt, developerName, displayName, logo, logoDark, logoUrl, logoUrlDark, longDescription, privacyPolicyUrl, screenshotUrls, screenshots, shortDescription, termsOfServiceUrl, websiteUrl, Map.of());
	}

}
