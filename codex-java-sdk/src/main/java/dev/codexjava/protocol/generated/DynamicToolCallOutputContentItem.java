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
 * The protocol's {@code DynamicToolCallOutputContentItem}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = DynamicToolCallOutputContentItem.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = DynamicToolCallOutputContentItem.InputText.class, name = "inputText"),
		@JsonSubTypes.Type(value = DynamicToolCallOutputContentItem.InputImage.class, name = "inputImage"),
		@JsonSubTypes.Type(value = DynamicToolCallOutputContentItem.InputAudio.class, name = "inputAudio") })
public sealed interface DynamicToolCallOutputContentItem {

	/**
	 * The {@code inputText} variant.
	 */
	public record InputText(
			@JsonProperty("text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements DynamicToolCallOutputContentItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public InputText {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public InputText(String text) {
			this(text, Map.of());
		}

	}

	/**
	 * The {@code inputImage} variant.
	 */
	public record InputImage(
			@JsonProperty("imageUrl") String imageUrl,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements DynamicToolCallOutputContentItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public InputImage {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public InputImage(String imageUrl) {
			this(imageUrl, Map.of());
		}

	}

	/**
	 * The {@code inputAudio} variant.
	 */
	public record InputAudio(
			@JsonProperty("audioUrl") String audioUrl,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements DynamicToolCallOutputContentItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public InputAudio {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public InputAudio(String audioUrl) {
			this(audioUrl, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements DynamicToolCallOutputContentItem {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
