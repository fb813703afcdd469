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
 * The protocol's {@code ExternalAgentConfigMigrationItem}.
 */
@SuppressWarnings("unused")
public record ExternalAgentConfigMigrationItem(
		@JsonProperty("cwd") @Nullable String cwd,
		@JsonProperty("description") String description,
		@JsonProperty("details") @Nullable MigrationDetails details,
		@JsonProperty("itemType") ExternalAgentConfigMigrationItemType itemType,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExternalAgentConfigMigrationItem {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExternalAgentConfigMigrationItem(@Nullable String cwd, String description, @Nullable MigrationDetails details, ExternalAgentConfigMigrationItemType itemType) {
		this(cwd, description, details, itemType, Map.of());
	}

}
