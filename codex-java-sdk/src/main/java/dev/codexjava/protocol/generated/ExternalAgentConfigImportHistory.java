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
 * The protocol's {@code ExternalAgentConfigImportHistory}.
 */
@SuppressWarnings("unused")
public record ExternalAgentConfigImportHistory(
		@JsonProperty("completedAtMs") Long completedAtMs,
		@JsonProperty("failures") List<ExternalAgentConfigImportItemTypeFailure> failures,
		@JsonProperty("importId") String importId,
		@JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("successes") List<ExternalAgentConfigImportItemTypeSuccess> successes,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ExternalAgentConfigImportHistory {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ExternalAgentConfigImportHistory(Long completedAtMs, List<ExternalAgentConfigImportItemTypeFailure> failures, String importId, @Nullable String providerId, List<ExternalAgentConfigImportItemTypeSuccess> successes) {
		this(completedAtMs, failures, importId, providerId, successes, Map.of());
	}

}
