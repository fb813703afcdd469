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
 * The protocol's {@code WebSearchLocation}.
 */
@SuppressWarnings("unused")
public record WebSearchLocation(
		@JsonProperty("city") @Nullable String city,
		@JsonProperty("country") @Nullable String country,
		@JsonProperty("region") @Nullable String region,
		@JsonProperty("timezone") @Nullable String timezone,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public WebSearchLocation {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public WebSearchLocation(@Nullable String city, @Nullable String country, @Nullable String region, @Nullable String timezone) {
		this(city, country, region, timezone, Map.of());
	}

}
