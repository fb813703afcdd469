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
 * The protocol's {@code ImageGenerationFailure}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ImageGenerationFailure.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ImageGenerationFailure.UsageLimitExceeded.class, name = "usageLimitExceeded") })
public sealed interface ImageGenerationFailure {

	/**
	 * The {@code usageLimitExceeded} variant.
	 */
	public record UsageLimitExceeded(
			@JsonProperty("limitId") String limitId,
			@JsonProperty("resetsAt") @Nullable Long resetsAt,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ImageGenerationFailure {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public UsageLimitExceeded {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public UsageLimitExceeded(String limitId, @Nullable Long resetsAt) {
			this(limitId, resetsAt, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ImageGenerationFailure {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
