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
 * Presentation metadata advertised by an initialized MCP server.
 */
@SuppressWarnings("unused")
public record McpServerInfo(
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("icons") @Nullable JsonNode icons,
		@JsonProperty("name") String name,
		@JsonProperty("title") @Nullable String title,
		@JsonProperty("version") String version,
		@JsonProperty("websiteUrl") @Nullable String websiteUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public McpServerInfo {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public McpServerInfo(@Nullable String description, @Nullable JsonNode icons, String name, @Nullable String title, String version, @Nullable String websiteUrl) {
		this(description, icons, name, title, version, websiteUrl, Map.of());
	}

}
