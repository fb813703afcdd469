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

/**
 * The protocol's {@code SkillToolDependency}.
 */
@SuppressWarnings("unused")
public record SkillToolDependency(
		@JsonProperty("command") String command,
		@JsonProperty("description") String description,
		@JsonProperty("transport") String transport,
		@JsonProperty("type") String type,
		@JsonProperty("url") String url,
		@JsonProperty("value") String value,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public SkillToolDependency {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public SkillToolDependency(String command, String description, String transport, String type, String url, String value) {
		this(command, description, transport, type, url, value, Map.of());
	}

}
