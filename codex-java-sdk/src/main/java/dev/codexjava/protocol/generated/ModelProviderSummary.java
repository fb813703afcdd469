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
 * The protocol's {@code ModelProviderSummary}.
 */
@SuppressWarnings("unused")
public record ModelProviderSummary(
		@JsonProperty("baseUrl") @Nullable String baseUrl,
		@JsonProperty("canEdit") Boolean canEdit,
		@JsonProperty("id") String id,
		@JsonProperty("name") String name,
		@JsonProperty("settings") ProviderSettings settings,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ModelProviderSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ModelProviderSummary(@Nullable String baseUrl, Boolean canEdit, String id, String name, ProviderSettings settings) {
		this(baseUrl, canEdit, id, name, settings, Map.of());
	}

}
