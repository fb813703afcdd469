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
 * The protocol's {@code FileChange}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = FileChange.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = FileChange.Add.class, name = "add"),
		@JsonSubTypes.Type(value = FileChange.Delete.class, name = "delete"),
		@JsonSubTypes.Type(value = FileChange.Update.class, name = "update") })
public sealed interface FileChange {

	/**
	 * The {@code add} variant.
	 */
	public record Add(
			@JsonProperty("content") String content,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileChange {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Add {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Add(String content) {
			this(content, Map.of());
		}

	}

	/**
	 * The {@code delete} variant.
	 */
	public record Delete(
			@JsonProperty("content") String content,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileChange {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Delete {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Delete(String content) {
			this(content, Map.of());
		}

	}

	/**
	 * The {@code update} variant.
	 */
	public record Update(
			@JsonProperty("move_path") @Nullable String movePath,
			@JsonProperty("unified_diff") String unifiedDiff,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileChange {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Update {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Update(@Nullable String movePath, String unifiedDiff) {
			this(movePath, unifiedDiff, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements FileChange {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
