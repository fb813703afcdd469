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
 * The protocol's {@code ReasoningItemContent}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ReasoningItemContent.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ReasoningItemContent.ReasoningText.class, name = "reasoning_text"),
		@JsonSubTypes.Type(value = ReasoningItemContent.Text.class, name = "text") })
public sealed interface ReasoningItemContent {

	/**
	 * The {@code reasoning_text} variant.
	 */
	public record ReasoningText(
			@JsonProperty("text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ReasoningItemContent {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ReasoningText {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ReasoningText(String text) {
			this(text, Map.of());
		}

	}

	/**
	 * The {@code text} variant.
	 */
	public record Text(
			@JsonProperty("text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ReasoningItemContent {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Text {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Text(String text) {
			this(text, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ReasoningItemContent {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
