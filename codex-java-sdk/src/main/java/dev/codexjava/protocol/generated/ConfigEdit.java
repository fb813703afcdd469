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
 * The protocol's {@code ConfigEdit}.
 */
@SuppressWarnings("unused")
public record ConfigEdit(
		@JsonProperty("keyPath") String keyPath,
		@JsonProperty("mergeStrategy") MergeStrategy mergeStrategy,
		@JsonProperty("value") @Nullable JsonNode value,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ConfigEdit {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ConfigEdit(String keyPath, MergeStrategy mergeStrategy, @Nullable JsonNode value) {
		this(keyPath, mergeStrategy, value, Map.of());
	}

}
