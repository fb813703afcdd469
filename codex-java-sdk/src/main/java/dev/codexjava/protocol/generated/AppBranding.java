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
public record AppBranding(
		@JsonProperty("category") @Nullable String category,
		@JsonProperty("developer") @Nullable String developer,
		@JsonProperty("isDiscoverableApp") Boolean isDiscoverableApp,
		@JsonProperty("privacyPolicy") @Nullable String privacyPolicy,
		@JsonProperty("termsOfService") @Nullable String termsOfService,
		@JsonProperty("website") @Nullable String website,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppBranding {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppBranding(@Nullable String category, @Nullable String developer, Boolean isDiscoverableApp, @Nullable String privacyPolicy, @Nullable String termsOfService, @Nullable String website) {
		this(category, developer, isDiscoverableApp, privacyPolicy, termsOfService, website, Map.of());
	}

}
