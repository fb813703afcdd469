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
 * The protocol's {@code CommandAction}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = CommandAction.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = CommandAction.Read.class, name = "read"),
		@JsonSubTypes.Type(value = CommandAction.ListFiles.class, name = "listFiles"),
		@JsonSubTypes.Type(value = CommandAction.Search.class, name = "search"),
		@JsonSubTypes.Type(value = CommandAction.UnknownVariant.class, name = "unknown") })
public sealed interface CommandAction {

	/**
	 * The {@code read} variant.
	 */
	public record Read(
			@JsonProperty("command") String command,
			@JsonProperty("name") String name,
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements CommandAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Read {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Read(String command, String name, String path) {
			this(command, name, path, Map.of());
		}

	}

	/**
	 * The {@code listFiles} variant.
	 */
	public record ListFiles(
			@JsonProperty("command") String command,
			@JsonProperty("path") @Nullable String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements CommandAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ListFiles {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ListFiles(String command, @Nullable String path) {
			this(command, path, Map.of());
		}

	}

	/**
	 * The {@code search} variant.
	 */
	public record Search(
			@JsonProperty("command") String command,
			@JsonProperty("path") @Nullable String path,
			@JsonProperty("query") @Nullable String query,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements CommandAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Search {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Search(String command, @Nullable String path, @Nullable String query) {
			this(command, path, query, Map.of());
		}

	}

	/**
	 * The {@code unknown} variant.
	 */
	public record UnknownVariant(
			@JsonProperty("command") String command,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements CommandAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public UnknownVariant {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public UnknownVariant(String command) {
			this(command, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements CommandAction {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
