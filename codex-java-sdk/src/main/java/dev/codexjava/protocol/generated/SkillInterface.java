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
 * The protocol's {@code SkillInterface}.
 */
@SuppressWarnings("unused")
public record SkillInterface(
		@JsonProperty("brandColor") String brandColor,
		@JsonProperty("defaultPrompt") String defaultPrompt,
		@JsonProperty("displayName") String displayName,
		@JsonProperty("iconLarge") String iconLarge,
		@JsonProperty("iconLargeUrl") String iconLargeUrl,
		@JsonProperty("iconSmall") String iconSmall,
		@JsonProperty("iconSmallUrl") String iconSmallUrl,
		@JsonProperty("shortDescription") String shortDescription,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public SkillInterface {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public SkillInterface(String brandColor, String defaultPrompt, String displayName, String iconLarge, String iconLargeUrl, String iconSmall, String iconSmallUrl, String shortDescription) {
		this(brandColor, defaultPrompt, displayName, iconLarge, iconLargeUrl, iconSmall, iconSmallUrl, shortDescription, Map.of());
	}

}
