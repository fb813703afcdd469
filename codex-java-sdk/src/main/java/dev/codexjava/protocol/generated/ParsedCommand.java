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
 * The protocol's {@code ParsedCommand}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ParsedCommand.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ParsedCommand.Read.class, name = "read"),
		@JsonSubTypes.Type(value = ParsedCommand.ListFiles.class, name = "list_files"),
		@JsonSubTypes.Type(value = ParsedCommand.Search.class, name = "search"),
		@JsonSubTypes.Type(value = ParsedCommand.UnknownVariant.class, name = "unknown") })
public sealed interface ParsedCommand {

	/**
	 * The {@code read} variant.
	 */
	public record Read(
			@JsonProperty("cmd") String cmd,
			@JsonProperty("name") String name,
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ParsedCommand {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Read {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Read(String cmd, String name, String path) {
			this(cmd, name, path, Map.of());
		}

	}

	/**
	 * The {@code list_files} variant.
	 */
	public record ListFiles(
			@JsonProperty("cmd") String cmd,
			@JsonProperty("path") @Nullable String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ParsedCommand {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ListFiles {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ListFiles(String cmd, @Nullable String path) {
			this(cmd, path, Map.of());
		}

	}

	/**
	 * The {@code search} variant.
	 */
	public record Search(
			@JsonProperty("cmd") String cmd,
			@JsonProperty("path") @Nullable String path,
			@JsonProperty("query") @Nullable String query,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ParsedCommand {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Search {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Search(String cmd, @Nullable String path, @Nullable String query) {
			this(cmd, path, query, Map.of());
		}

	}

	/**
	 * The {@code unknown} variant.
	 */
	public record UnknownVariant(
			@JsonProperty("cmd") String cmd,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ParsedCommand {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public UnknownVariant {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public UnknownVariant(String cmd) {
			this(cmd, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ParsedCommand {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
