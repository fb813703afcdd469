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
 * The protocol's {@code ThreadPredictionResult}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ThreadPredictionResult.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ThreadPredictionResult.Completed.class, name = "completed"),
		@JsonSubTypes.Type(value = ThreadPredictionResult.Failed.class, name = "failed") })
public sealed interface ThreadPredictionResult {

	/**
	 * The {@code completed} variant.
	 */
	public record Completed(
			@JsonProperty("text") @Nullable String text,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadPredictionResult {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Completed {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Completed(@Nullable String text) {
			this(text, Map.of());
		}

	}

	/**
	 * The {@code failed} variant.
	 */
	public record Failed(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadPredictionResult {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Failed {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadPredictionResult {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
