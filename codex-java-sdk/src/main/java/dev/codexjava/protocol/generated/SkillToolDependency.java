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
 * The protocol's {@code SkillToolDependency}.
 */
@SuppressWarnings("unused")
public record SkillToolDependency(
		@JsonProperty("command") @Nullable String command,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("transport") @Nullable String transport,
		@JsonProperty("type") String type,
		@JsonProperty("url") @Nullable String url,
		@JsonProperty("value") String value,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public SkillToolDependency {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public SkillToolDependency(@Nullable String command, @Nullable String description, @Nullable String transport, String type, @Nullable String url, String value) {
		this(command, description, transport, type, url, value, Map.of());
	}

}
