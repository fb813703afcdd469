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
 * The protocol's {@code ConfigValueWriteParams}.
 */
@SuppressWarnings("unused")
public record ConfigValueWriteParams(
		@JsonProperty("expectedVersion") @Nullable String expectedVersion,
		@JsonProperty("filePath") @Nullable String filePath,
		@JsonProperty("keyPath") String keyPath,
		@JsonProperty("mergeStrategy") MergeStrategy mergeStrategy,
		@JsonProperty("value") @Nullable JsonNode value,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ConfigValueWriteParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ConfigValueWriteParams(@Nullable String expectedVersion, @Nullable String filePath, String keyPath, MergeStrategy mergeStrategy, @Nullable JsonNode value) {
		this(expectedVersion, filePath, keyPath, mergeStrategy, value, Map.of());
	}

}
