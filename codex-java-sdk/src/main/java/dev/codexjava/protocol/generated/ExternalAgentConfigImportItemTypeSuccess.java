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
 * The protocol's {@code ExternalAgentConfigImportItemTypeSuccess}.
 */
@SuppressWarnings("unused")
public record ExternalAgentConfigImportItemTypeSuccess(
		@JsonProperty("cwd") String cwd,
		@JsonProperty("itemType") ExternalAgentConfigMigrationItemType itemType,
		@JsonProperty("source") String source,
		@JsonProperty("target") String target,
		@JsonProperty("title") String title,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExternalAgentConfigImportItemTypeSuccess {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExternalAgentConfigImportItemTypeSuccess(String cwd, ExternalAgentConfigMigrationItemType itemType, String source, String target, String title) {
		this(cwd, itemType, source, target, title, Map.of());
	}

}
