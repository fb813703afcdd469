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
 * The protocol's {@code ModelSafetyBufferingUpdatedNotification}.
 */
@SuppressWarnings("unused")
public record ModelSafetyBufferingUpdatedNotification(
		@JsonProperty("fasterModel") @Nullable String fasterModel,
		@JsonProperty("model") String model,
		@JsonProperty("reasons") List<String> reasons,
		@JsonProperty("showBufferingUi") Boolean showBufferingUi,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("turnId") String turnId,
		@JsonProperty("useCases") List<String> useCases,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ModelSafetyBufferingUpdatedNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ModelSafetyBufferingUpdatedNotification(@Nullable String fasterModel, String model, List<String> reasons, Boolean showBufferingUi, String threadId, String turnId, List<String> useCases) {
		this(fasterModel, model, reasons, showBufferingUi, threadId, turnId, useCases, Map.of());
	}

}
