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
 * A template description for resources available on the server.
 */
@SuppressWarnings("unused")
public record ResourceTemplate(
		@JsonProperty("annotations") JsonNode annotations,
		@JsonProperty("description") String description,
		@JsonProperty("mimeType") String mimeType,
		@JsonProperty("name") String name,
		@JsonProperty("title") String title,
		@JsonProperty("uriTemplate") String uriTemplate,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ResourceTemplate {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ResourceTemplate(JsonNode annotations, String description, String mimeType, String name, String title, String uriTemplate) {
		this(annotations, description, mimeType, name, title, uriTemplate, Map.of());
	}

}
