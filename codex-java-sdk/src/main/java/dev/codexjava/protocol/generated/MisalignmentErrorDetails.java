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
 * The protocol's {@code MisalignmentErrorDetails}.
 */
@SuppressWarnings("unused")
public record MisalignmentErrorDetails(
		@JsonProperty("detailedExplanation") @Nullable String detailedExplanation,
		@JsonProperty("errorType") @Nullable String errorType,
		@JsonProperty("reviewTarget") @Nullable String reviewTarget,
		@JsonProperty("steer") @Nullable MisalignmentSteer steer,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public MisalignmentErrorDetails {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public MisalignmentErrorDetails(@Nullable String detailedExplanation, @Nullable String errorType, @Nullable String reviewTarget, @Nullable MisalignmentSteer steer) {
		this(detailedExplanation, errorType, reviewTarget, steer, Map.of());
	}

}
