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
 * The protocol's {@code PluginInterface}.
 */
@SuppressWarnings("unused")
public record PluginInterface(
		@JsonProperty("brandColor") @Nullable String brandColor,
		@JsonProperty("capabilities") List<String> capabilities,
		@JsonProperty("category") @Nullable String category,
		@JsonProperty("composerIcon") @Nullable String composerIcon,
		@JsonProperty("composerIconUrl") @Nullable String composerIconUrl,
		@JsonProperty("defaultPrompt") @Nullable List<String> defaultPrompt,
		@JsonProperty("developerName") @Nullable String developerName,
		@JsonProperty("displayName") @Nullable String displayName,
		@JsonProperty("logo") @Nullable String logo,
		@JsonProperty("logoDark") @Nullable String logoDark,
		@JsonProperty("logoUrl") @Nullable String logoUrl,
		@JsonProperty("logoUrlDark") @Nullable String logoUrlDark,
		@JsonProperty("longDescription") @Nullable String longDescription,
		@JsonProperty("privacyPolicyUrl") @Nullable String privacyPolicyUrl,
		@JsonProperty("screenshotUrls") List<String> screenshotUrls,
		@JsonProperty("screenshots") List<String> screenshots,
		@JsonProperty("shortDescription") @Nullable String shortDescription,
		@JsonProperty("termsOfServiceUrl") @Nullable String termsOfServiceUrl,
		@JsonProperty("websiteUrl") @Nullable String websiteUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginInterface {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginInterface(@Nullable String brandColor, List<String> capabilities, @Nullable String category, @Nullable String composerIcon, @Nullable String composerIconUrl, @Nullable List<String> defaultPrompt, @Nullable String developerName, @Nullable String displayName, @Nullable String logo, @Nullable String logoDark, @Nullable String logoUrl, @Nullable String logoUrlDark, @Nullable String longDescription, @Nullable String privacyPolicyUrl, List<String> screenshotUrls, List<String> screenshots, @Nullable String shortDescription, @Nullable String termsOfServiceUrl, @Nullable String websiteUrl) {
		this(brandColor, capabilities, category, composerIcon, composerIconUrl, defaultPrompt, developerName, displayName, logo, logoDark, logoUrl, logoUrlDark, longDescription, privacyPolicyUrl, screenshotUrls, screenshots, shortDescription, termsOfServiceUrl, websiteUrl, Map.of());
	}

}
