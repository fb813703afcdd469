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
 * The protocol's {@code AdditionalFileSystemPermissions}.
 */
@SuppressWarnings("unused")
public record AdditionalFileSystemPermissions(
		@JsonProperty("entries") @Nullable List<FileSystemSandboxEntry> entries,
		@JsonProperty("globScanMaxDepth") @Nullable Long globScanMaxDepth,
		@JsonProperty("read") @Nullable List<String> read,
		@JsonProperty("write") @Nullable List<String> write,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AdditionalFileSystemPermissions {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AdditionalFileSystemPermissions(@Nullable List<FileSystemSandboxEntry> entries, @Nullable Long globScanMaxDepth, @Nullable List<String> read, @Nullable List<String> write) {
		this(entries, globScanMaxDepth, read, write, Map.of());
	}

}
