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
 * The protocol's {@code SkillInterface}.
 */
@SuppressWarnings("unused")
public record SkillInterface(
		@JsonProperty("brandColor") @Nullable String brandColor,
		@JsonProperty("defaultPrompt") @Nullable String defaultPrompt,
		@JsonProperty("displayName") @Nullable String displayName,
		@JsonProperty("iconLarge") @Nullable String iconLarge,
		@JsonProperty("iconLargeUrl") @Nullable String iconLargeUrl,
		@JsonProperty("iconSmall") @Nullable String iconSmall,
		@JsonProperty("iconSmallUrl") @Nullable String iconSmallUrl,
		@JsonProperty("shortDescription") @Nullable String shortDescription,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public SkillInterface {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public SkillInterface(@Nullable String brandColor, @Nullable String defaultPrompt, @Nullable String displayName, @Nullable String iconLarge, @Nullable String iconLargeUrl, @Nullable String iconSmall, @Nullable String iconSmallUrl, @Nullable String shortDescription) {
		this(brandColor, defaultPrompt, displayName, iconLarge, iconLargeUrl, iconSmall, iconSmallUrl, shortDescription, Map.of());
	}

}
