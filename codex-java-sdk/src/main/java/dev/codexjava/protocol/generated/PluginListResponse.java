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
 * The protocol's {@code PluginListResponse}.
 */
@SuppressWarnings("unused")
public record PluginListResponse(
		@JsonProperty("featuredPluginIds") @Nullable List<String> featuredPluginIds,
		@JsonProperty("marketplaceLoadErrors") @Nullable List<MarketplaceLoadErrorInfo> marketplaceLoadErrors,
		@JsonProperty("marketplaces") List<PluginMarketplaceEntry> marketplaces,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginListResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginListResponse(@Nullable List<String> featuredPluginIds, @Nullable List<MarketplaceLoadErrorInfo> marketplaceLoadErrors, List<PluginMarketplaceEntry> marketplaces) {
		this(featuredPluginIds, marketplaceLoadErrors, marketplaces, Map.of());
	}

}
