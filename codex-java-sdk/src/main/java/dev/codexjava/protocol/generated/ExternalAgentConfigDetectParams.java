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
 * The protocol's {@code ExternalAgentConfigDetectParams}.
 */
@SuppressWarnings("unused")
public record ExternalAgentConfigDetectParams(
		@JsonProperty("cwds") @Nullable List<String> cwds,
		@JsonProperty("includeHome") @Nullable Boolean includeHome,
		@JsonProperty("maxSessionAgeDays") @Nullable Long maxSessionAgeDays,
		@JsonProperty("maxSessions") @Nullable Long maxSessions,
		@JsonProperty("migrationSource") @Nullable String migrationSource,
		@JsonProperty("source") @Nullable String source,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExternalAgentConfigDetectParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExternalAgentConfigDetectParams(@Nullable List<String> cwds, @Nullable Boolean includeHome, @Nullable Long maxSessionAgeDays, @Nullable Long maxSessions, @Nullable String migrationSource, @Nullable String source) {
		this(cwds, includeHome, maxSessionAgeDays, maxSessions, migrationSource, source, Map.of());
	}

}
