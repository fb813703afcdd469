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
 * The protocol's {@code ExternalAgentConfigImportItemTypeFailure}.
 */
@SuppressWarnings("unused")
public record ExternalAgentConfigImportItemTypeFailure(
		@JsonProperty("cwd") @Nullable String cwd,
		@JsonProperty("errorType") @Nullable String errorType,
		@JsonProperty("failureStage") String failureStage,
		@JsonProperty("itemType") ExternalAgentConfigMigrationItemType itemType,
		@JsonProperty("message") String message,
		@JsonProperty("source") @Nullable String source,
		@JsonProperty("subErrorType") @Nullable String subErrorType,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExternalAgentConfigImportItemTypeFailure {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExternalAgentConfigImportItemTypeFailure(@Nullable String cwd, @Nullable String errorType, String failureStage, ExternalAgentConfigMigrationItemType itemType, String message, @Nullable String source, @Nullable String subErrorType) {
		this(cwd, errorType, failureStage, itemType, message, source, subErrorType, Map.of());
	}

}
