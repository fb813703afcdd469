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
 * A known resource that the server is capable of reading.
 */
@SuppressWarnings("unused")
public record Resource(
		@JsonProperty("_meta") @Nullable JsonNode meta,
		@JsonProperty("annotations") @Nullable JsonNode annotations,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("icons") @Nullable JsonNode icons,
		@JsonProperty("mimeType") @Nullable String mimeType,
		@JsonProperty("name") String name,
		@JsonProperty("size") @Nullable Long size,
		@JsonProperty("title") @Nullable String title,
		@JsonProperty("uri") String uri,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Resource {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Resource(@Nullable JsonNode meta, @Nullable JsonNode annotations, @Nullable String description, @Nullable JsonNode icons, @Nullable String mimeType, String name, @Nullable Long size, @Nullable String title, String uri) {
		this(meta, annotations, description, icons, mimeType, name, size, title, uri, Map.of());
	}

}
