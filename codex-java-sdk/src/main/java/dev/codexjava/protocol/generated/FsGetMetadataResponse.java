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
 * Metadata returned by `fs/getMetadata`.
 */
@SuppressWarnings("unused")
public record FsGetMetadataResponse(
		@JsonProperty("createdAtMs") Long createdAtMs,
		@JsonProperty("isDirectory") Boolean isDirectory,
		@JsonProperty("isFile") Boolean isFile,
		@JsonProperty("isSymlink") Boolean isSymlink,
		@JsonProperty("modifiedAtMs") Long modifiedAtMs,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public FsGetMetadataResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public FsGetMetadataResponse(Long createdAtMs, Boolean isDirectory, Boolean isFile, Boolean isSymlink, Long modifiedAtMs) {
		this(createdAtMs, isDirectory, isFile, isSymlink, modifiedAtMs, Map.of());
	}

}
