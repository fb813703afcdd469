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
 * A known resource that the server is capable of reading.
 */
@SuppressWarnings("unused")
public record Resource(
		@JsonProperty("_meta") JsonNode meta,
		@JsonProperty("annotations") JsonNode annotations,
		@JsonProperty("description") String description,
		@JsonProperty("icons") JsonNode icons,
		@JsonProperty("mimeType") String mimeType,
		@JsonProperty("name") String name,
		@JsonProperty("size") Long size,
		@JsonProperty("title") String title,
		@JsonProperty("uri") String uri,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Resource {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Resource(JsonNode meta, JsonNode annotations, String description, JsonNode icons, String mimeType, String name, Long size, String title, String uri) {
		this(meta, annotations, description, icons, mimeType, name, size, title, uri, Map.of());
	}

}
