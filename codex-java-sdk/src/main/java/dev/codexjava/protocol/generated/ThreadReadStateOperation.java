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
 * The protocol's {@code ThreadReadStateOperation}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ThreadReadStateOperation.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ThreadReadStateOperation.Read.class, name = "read"),
		@JsonSubTypes.Type(value = ThreadReadStateOperation.Unread.class, name = "unread") })
public sealed interface ThreadReadStateOperation {

	/**
	 * The {@code read} variant.
	 */
	public record Read(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadReadStateOperation {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Read {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code unread} variant.
	 */
	public record Unread(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadReadStateOperation {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Unread {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadReadStateOperation {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
