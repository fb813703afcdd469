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
 * The protocol's {@code ThreadUnreadPosition}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ThreadUnreadPosition.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ThreadUnreadPosition.ThreadStart.class, name = "threadStart"),
		@JsonSubTypes.Type(value = ThreadUnreadPosition.Turn.class, name = "turn") })
public sealed interface ThreadUnreadPosition {

	/**
	 * The {@code threadStart} variant. Explicitly marked unread, including when the thread has no turns.
	 */
	public record ThreadStart(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadUnreadPosition {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ThreadStart {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code turn} variant. The earliest completed result needing attention.
	 */
	public record Turn(
			@JsonProperty("turnId") String turnId,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadUnreadPosition {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Turn {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Turn(String turnId) {
			this(turnId, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadUnreadPosition {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
