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
 * The protocol's {@code ExternalAgentConfigImportItemTypeSuccess}.
 */
@SuppressWarnings("unused")
public record ExternalAgentConfigImportItemTypeSuccess(
		@JsonProperty("cwd") @Nullable String cwd,
		@JsonProperty("itemType") ExternalAgentConfigMigrationItemType itemType,
		@JsonProperty("source") @Nullable String source,
		@JsonProperty("target") @Nullable String target,
		@JsonProperty("title") @Nullable String title,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExternalAgentConfigImportItemTypeSuccess {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExternalAgentConfigImportItemTypeSuccess(@Nullable String cwd, ExternalAgentConfigMigrationItemType itemType, @Nullable String source, @Nullable String target, @Nullable String title) {
		this(cwd, itemType, source, target, title, Map.of());
	}

}
