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
 * The protocol's {@code PatchChangeKind}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = PatchChangeKind.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = PatchChangeKind.Add.class, name = "add"),
		@JsonSubTypes.Type(value = PatchChangeKind.Delete.class, name = "delete"),
		@JsonSubTypes.Type(value = PatchChangeKind.Update.class, name = "update") })
public sealed interface PatchChangeKind {

	/**
	 * The {@code add} variant.
	 */
	public record Add(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements PatchChangeKind {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Add {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code delete} variant.
	 */
	public record Delete(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements PatchChangeKind {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Delete {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code update} variant.
	 */
	public record Update(
			@JsonProperty("move_path") @Nullable String movePath,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements PatchChangeKind {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Update {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Update(@Nullable String movePath) {
			this(movePath, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements PatchChangeKind {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
