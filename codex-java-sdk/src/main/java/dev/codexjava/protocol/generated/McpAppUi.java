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
 * UI resource and display preference for model invocations, captured from the tool descriptor.
 */
@SuppressWarnings("unused")
public record McpAppUi(
		@JsonProperty("preferredModelDisplayMode") McpAppDisplayMode preferredModelDisplayMode,
		@JsonProperty("resourceUri") String resourceUri,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpAppUi {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpAppUi(McpAppDisplayMode preferredModelDisplayMode, String resourceUri) {
		this(preferredModelDisplayMode, resourceUri, Map.of());
	}

}
