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
 * EXPERIMENTAL - metadata returned by app/read.
 */
@SuppressWarnings("unused")
public record ConnectorMetadata(
		@JsonProperty("description") String description,
		@JsonProperty("distributionChannel") String distributionChannel,
		@JsonProperty("iconUrl") String iconUrl,
		@JsonProperty("iconUrlDark") String iconUrlDark,
		@JsonProperty("id") String id,
		@JsonProperty("installUrl") String installUrl,
		@JsonProperty("name") String name,
		@JsonProperty("pluginDisplayNames") List<String> pluginDisplayNames,
		@JsonProperty("toolSummaries") List<AppToolSummary> toolSummaries,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ConnectorMetadata {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ConnectorMetadata(String description, String distributionChannel, String iconUrl, String iconUrlDark, String id, String installUrl, String name, List<String> pluginDisplayNames, List<AppToolSummary> toolSummaries) {
		this(description, distributionChannel, iconUrl, iconUrlDark, id, installUrl, name, pluginDisplayNames, toolSummaries, Map.of());
	}

}
