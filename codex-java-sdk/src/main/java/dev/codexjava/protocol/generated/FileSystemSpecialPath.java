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
 * The protocol's {@code FileSystemSpecialPath}. A union by {@code kind}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind", defaultImpl = FileSystemSpecialPath.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = FileSystemSpecialPath.Root.class, name = "root"),
		@JsonSubTypes.Type(value = FileSystemSpecialPath.Minimal.class, name = "minimal"),
		@JsonSubTypes.Type(value = FileSystemSpecialPath.ProjectRoots.class, name = "project_roots"),
		@JsonSubTypes.Type(value = FileSystemSpecialPath.Tmpdir.class, name = "tmpdir"),
		@JsonSubTypes.Type(value = FileSystemSpecialPath.SlashTmp.class, name = "slash_tmp"),
		@JsonSubTypes.Type(value = FileSystemSpecialPath.UnknownVariant.class, name = "unknown") })
public sealed interface FileSystemSpecialPath {

	/**
	 * The {@code root} variant.
	 */
	public record Root(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemSpecialPath {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Root {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code minimal} variant.
	 */
	public record Minimal(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemSpecialPath {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Minimal {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code project_roots} variant.
	 */
	public record ProjectRoots(
			@JsonProperty("subpath") @Nullable String subpath,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemSpecialPath {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ProjectRoots {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ProjectRoots(@Nullable String subpath) {
			this(subpath, Map.of());
		}

	}

	/**
	 * The {@code tmpdir} variant.
	 */
	public record Tmpdir(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemSpecialPath {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Tmpdir {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code slash_tmp} variant.
	 */
	public record SlashTmp(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemSpecialPath {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public SlashTmp {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code unknown} variant.
	 */
	public record UnknownVariant(
			@JsonProperty("path") String path,
			@JsonProperty("subpath") @Nullable String subpath,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemSpecialPath {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public UnknownVariant {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public UnknownVariant(String path, @Nullable String subpath) {
			this(path, subpath, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code kind}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileSystemSpecialPath {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
