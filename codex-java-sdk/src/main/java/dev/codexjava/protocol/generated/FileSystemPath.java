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
 * The protocol's {@code FileSystemPath}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = FileSystemPath.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = FileSystemPath.Path.class, name = "path"),
		@JsonSubTypes.Type(value = FileSystemPath.GlobPattern.class, name = "glob_pattern"),
		@JsonSubTypes.Type(value = FileSystemPath.Special.class, name = "special") })
public sealed interface FileSystemPath {

	/**
	 * The {@code path} variant.
	 */
	public record Path(
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemPath {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Path {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Path(String path) {
			this(path, Map.of());
		}

	}

	/**
	 * The {@code glob_pattern} variant.
	 */
	public record GlobPattern(
			@JsonProperty("pattern") String pattern,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemPath {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public GlobPattern {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public GlobPattern(String pattern) {
			this(pattern, Map.of());
		}

	}

	/**
	 * The {@code special} variant.
	 */
	public record Special(
			@JsonProperty("value") FileSystemSpecialPath value,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemPath {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Special {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Special(FileSystemSpecialPath value) {
			this(value, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemPath {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
