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
 * Remove a file or directory tree from the host filesystem.
 */
@SuppressWarnings("unused")
public record FsRemoveParams(
		@JsonProperty("force") @Nullable Boolean force,
		@JsonProperty("path") JsonNode path,
		@JsonProperty("recursive") @Nullable Boolean recursive,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public FsRemoveParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public FsRemoveParams(@Nullable Boolean force, JsonNode path, @Nullable Boolean recursive) {
		this(force, path, recursive, Map.of());
	}

}
