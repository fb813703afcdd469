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
 * EXPERIMENTAL - read metadata for specific apps/connectors.
 */
@SuppressWarnings("unused")
public record AppsReadParams(
		@JsonProperty("appIds") List<String> appIds,
		@JsonProperty("includeTools") @Nullable Boolean includeTools,
		@JsonProperty("threadId") @Nullable String threadId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppsReadParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppsReadParams(List<String> appIds, @Nullable Boolean includeTools, @Nullable String threadId) {
		this(appIds, includeTools, threadId, Map.of());
	}

}
