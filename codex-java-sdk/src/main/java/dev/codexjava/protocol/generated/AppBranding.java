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
public record AppBranding(
		@JsonProperty("category") String category,
		@JsonProperty("developer") String developer,
		@JsonProperty("isDiscoverableApp") Boolean isDiscoverableApp,
		@JsonProperty("privacyPolicy") String privacyPolicy,
		@JsonProperty("termsOfService") String termsOfService,
		@JsonProperty("website") String website,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppBranding {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppBranding(String category, String developer, Boolean isDiscoverableApp, String privacyPolicy, String termsOfService, String website) {
		this(category, developer, isDiscoverableApp, privacyPolicy, termsOfService, website, Map.of());
	}

}
