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
 * The protocol's {@code ExternalAgentConfigImportParams}.
 */
@SuppressWarnings("unused")
public record ExternalAgentConfigImportParams(
		@JsonProperty("migrationItems") List<ExternalAgentConfigMigrationItem> migrationItems,
		@JsonProperty("migrationSource") @Nullable String migrationSource,
		@JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("source") @Nullable String source,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExternalAgentConfigImportParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExternalAgentConfigImportParams(List<ExternalAgentConfigMigrationItem> migrationItems, @Nullable String migrationSource, @Nullable String providerId, @Nullable String source) {
		this(migrationItems, migrationSource, providerId, source, Map.of());
	}

}
