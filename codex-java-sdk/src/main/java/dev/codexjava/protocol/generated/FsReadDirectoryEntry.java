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
 * A directory entry returned by `fs/readDirectory`.
 */
@SuppressWarnings("unused")
public record FsReadDirectoryEntry(
		@JsonProperty("fileName") String fileName,
		@JsonProperty("isDirectory") Boolean isDirectory,
		@JsonProperty("isFile") Boolean isFile,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public FsReadDirectoryEntry {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public FsReadDirectoryEntry(String fileName, Boolean isDirectory, Boolean isFile) {
		this(fileName, isDirectory, isFile, Map.of());
	}

}
