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
 * The protocol's {@code ConfigWriteResponse}.
 */
@SuppressWarnings("unused")
public record ConfigWriteResponse(
		@JsonProperty("filePath") JsonNode filePath,
		@JsonProperty("overriddenMetadata") @Nullable OverriddenMetadata overriddenMetadata,
		@JsonProperty("status") WriteStatus status,
		@JsonProperty("version") String version,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ConfigWriteResponse {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ConfigWriteResponse(JsonNode filePath, @Nullable OverriddenMetadata overriddenMetadata, WriteStatus status, String version) {
		this(filePath, overriddenMetadata, status, version, Map.of());
	}

}
