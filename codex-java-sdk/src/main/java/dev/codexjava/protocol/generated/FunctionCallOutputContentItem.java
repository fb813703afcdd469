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
 * Responses API compatible content items that can be returned by a tool call. This is a subset of ContentItem with the types we support as function call outputs. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = FunctionCallOutputContentItem.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = FunctionCallOutputContentItem.InputText.class, name = "input_text"),
		@JsonSubTypes.Type(value = FunctionCallOutputContentItem.InputImage.class, name = "input_image"),
		@JsonSubTypes.Type(value = FunctionCallOutputContentItem.InputAudio.class, name = "input_audio"),
		@JsonSubTypes.Type(value = FunctionCallOutputContentItem.EncryptedContent.class, name = "encrypted_content") })
public sealed interface FunctionCallOutputContentItem {

	/**
	 * The {@code input_text} variant.
	 */
	public record InputText(
			@JsonProperty("text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FunctionCallOutputContentItem {

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
	 * The {@code input_image} variant.
	 */
	public record InputImage(
			@JsonProperty("detail") @Nullable ImageDetail detail,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FunctionCallOutputContentItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public InputImage {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public InputImage(@Nullable ImageDetail detail) {
			this(detail, Map.of());
		}

	}

	/**
	 * The {@code input_audio} variant. Inline audio data or an uploaded file loaded by the Responses API.
	 */
	public record InputAudio(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FunctionCallOutputContentItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public InputAudio {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code encrypted_content} variant.
	 */
	public record EncryptedContent(
			@JsonProperty("encrypted_content") String encryptedContent,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FunctionCallOutputContentItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public EncryptedContent {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public EncryptedContent(String encryptedContent) {
			this(encryptedContent, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FunctionCallOutputContentItem {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
