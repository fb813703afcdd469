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
 * The protocol's {@code ExternalAgentConfigDetectParams}.
 */
@SuppressWarnings("unused")
public record ExternalAgentConfigDetectParams(
		@JsonProperty("cwds") List<String> cwds,
		@JsonProperty("includeHome") Boolean includeHome,
		@JsonProperty("maxSessionAgeDays") Long maxSessionAgeDays,
		@JsonProperty("maxSessions") Long maxSessions,
		@JsonProperty("migrationSource") String migrationSource,
		@JsonProperty("source") String source,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExternalAgentConfigDetectParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExternalAgentConfigDetectParams(List<String> cwds, Boolean includeHome, Long maxSessionAgeDays, Long maxSessions, String migrationSource, String source) {
		this(cwds, includeHome, maxSessionAgeDays, maxSessions, migrationSource, source, Map.of());
	}

}
