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
 * A template description for resources available on the server.
 */
@SuppressWarnings("unused")
public record ResourceTemplate(
		@JsonProperty("annotations") @Nullable JsonNode annotations,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("mimeType") @Nullable String mimeType,
		@JsonProperty("name") String name,
		@JsonProperty("title") @Nullable String title,
		@JsonProperty("uriTemplate") String uriTemplate,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ResourceTemplate {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ResourceTemplate(@Nullable JsonNode annotations, @Nullable String description, @Nullable String mimeType, String name, @Nullable String title, String uriTemplate) {
		this(annotations, description, mimeType, name, title, uriTemplate, Map.of());
	}

}
