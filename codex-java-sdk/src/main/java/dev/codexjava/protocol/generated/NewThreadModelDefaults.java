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
 * The protocol's {@code NewThreadModelDefaults}.
 */
@SuppressWarnings("unused")
public record NewThreadModelDefaults(
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("modelReasoningEffort") @Nullable String modelReasoningEffort,
		@JsonProperty("serviceTier") @Nullable String serviceTier,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public NewThreadModelDefaults {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public NewThreadModelDefaults(@Nullable String model, @Nullable String modelReasoningEffort, @Nullable String serviceTier) {
		this(model, modelReasoningEffort, serviceTier, Map.of());
	}

}
