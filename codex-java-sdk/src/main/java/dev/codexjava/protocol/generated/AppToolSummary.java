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
 * EXPERIMENTAL - metadata returned by app/read.
 */
@SuppressWarnings("unused")
public record AppToolSummary(
		@JsonProperty("description") String description,
		@JsonProperty("disabledReason") @Nullable String disabledReason,
		@JsonProperty("isEnabled") @Nullable Boolean isEnabled,
		@JsonProperty("isReadOnly") @Nullable Boolean isReadOnly,
		@JsonProperty("name") String name,
		@JsonProperty("title") @Nullable String title,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppToolSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppToolSummary(String description, @Nullable String disabledReason, @Nullable Boolean isEnabled, @Nullable Boolean isReadOnly, String name, @Nullable String title) {
		this(description, disabledReason, isEnabled, isReadOnly, name, title, Map.of());
	}

}
