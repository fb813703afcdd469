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
 * The protocol's {@code SkillSummary}.
 */
@SuppressWarnings("unused")
public record SkillSummary(
		@JsonProperty("description") String description,
		@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("interface") @Nullable SkillInterface interface_,
		@JsonProperty("name") String name,
		@JsonProperty("path") @Nullable String path,
		@JsonProperty("shortDescription") @Nullable String shortDescription,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public SkillSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public SkillSummary(String description, Boolean enabled, @Nullable SkillInterface interface_, String name, @Nullable String path, @Nullable String shortDescription) {
		this(description, enabled, interface_, name, path, shortDescription, Map.of());
	}

}
