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
 * EXPERIMENTAL - metadata returned by app/read.
 */
@SuppressWarnings("unused")
public record ConnectorMetadata(
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("distributionChannel") @Nullable String distributionChannel,
		@JsonProperty("iconUrl") @Nullable String iconUrl,
		@JsonProperty("iconUrlDark") @Nullable String iconUrlDark,
		@JsonProperty("id") String id,
		@JsonProperty("installUrl") @Nullable String installUrl,
		@JsonProperty("name") String name,
		@JsonProperty("pluginDisplayNames") @Nullable List<String> pluginDisplayNames,
		@JsonProperty("toolSummaries") @Nullable List<AppToolSummary> toolSummaries,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ConnectorMetadata {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ConnectorMetadata(@Nullable String description, @Nullable String distributionChannel, @Nullable String iconUrl, @Nullable String iconUrlDark, String id, @Nullable String installUrl, String name, @Nullable List<String> pluginDisplayNames, @Nullable List<AppToolSummary> toolSummaries) {
		this(description, distributionChannel, iconUrl, iconUrlDark, id, installUrl, name, pluginDisplayNames, toolSummaries, Map.of());
	}

}
