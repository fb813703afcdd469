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
 * The protocol's {@code UserInput}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = UserInput.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = UserInput.Text.class, name = "text"),
		@JsonSubTypes.Type(value = UserInput.Image.class, name = "image"),
		@JsonSubTypes.Type(value = UserInput.LocalImage.class, name = "localImage"),
		@JsonSubTypes.Type(value = UserInput.Audio.class, name = "audio"),
		@JsonSubTypes.Type(value = UserInput.LocalAudio.class, name = "localAudio"),
		@JsonSubTypes.Type(value = UserInput.Skill.class, name = "skill"),
		@JsonSubTypes.Type(value = UserInput.Mention.class, name = "mention") })
public sealed interface UserInput {

	/**
	 * The {@code text} variant.
	 */
	public record Text(
			@JsonProperty("text") String text,
			@JsonProperty("text_elements") @Nullable List<TextElement> textElements,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements UserInput {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Text {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Text(String text, @Nullable List<TextElement> textElements) {
			this(text, textElements, Map.of());
		}

	}

	/**
	 * The {@code image} variant.
	 */
	public record Image(
			@JsonProperty("detail") @Nullable ImageDetail detail,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements UserInput {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Image {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Image(@Nullable ImageDetail detail) {
			this(detail, Map.of());
		}

	}

	/**
	 * The {@code localImage} variant.
	 */
	public record LocalImage(
			@JsonProperty("detail") @Nullable ImageDetail detail,
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements UserInput {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public LocalImage {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public LocalImage(@Nullable ImageDetail detail, String path) {
			this(detail, path, Map.of());
		}

	}

	/**
	 * The {@code audio} variant.
	 */
	public record Audio(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements UserInput {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Audio {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code localAudio} variant.
	 */
	public record LocalAudio(
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements UserInput {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public LocalAudio {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public LocalAudio(String path) {
			this(path, Map.of());
		}

	}

	/**
	 * The {@code skill} variant.
	 */
	public record Skill(
			@JsonProperty("name") String name,
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements UserInput {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Skill {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Skill(String name, String path) {
			this(name, path, Map.of());
		}

	}

	/**
	 * The {@code mention} variant.
	 */
	public record Mention(
			@JsonProperty("name") String name,
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements UserInput {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Mention {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Mention(String name, String path) {
			this(name, path, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements UserInput {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
