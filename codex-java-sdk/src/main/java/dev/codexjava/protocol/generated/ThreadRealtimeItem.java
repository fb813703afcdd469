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
 * EXPERIMENTAL - a thread-scoped realtime item in the canonical timeline. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ThreadRealtimeItem.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ThreadRealtimeItem.RealtimeSessionStarted.class, name = "realtimeSessionStarted"),
		@JsonSubTypes.Type(value = ThreadRealtimeItem.TranscriptSegment.class, name = "transcriptSegment"),
		@JsonSubTypes.Type(value = ThreadRealtimeItem.BemItemPromoted.class, name = "bemItemPromoted"),
		@JsonSubTypes.Type(value = ThreadRealtimeItem.RealtimeSessionClosed.class, name = "realtimeSessionClosed") })
public sealed interface ThreadRealtimeItem {

	/**
	 * The {@code realtimeSessionStarted} variant.
	 */
	public record RealtimeSessionStarted(
			@JsonProperty("id") String id,
			@JsonProperty("realtimeSessionId") String realtimeSessionId,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public RealtimeSessionStarted {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public RealtimeSessionStarted(String id, String realtimeSessionId) {
			this(id, realtimeSessionId, Map.of());
		}

	}

	/**
	 * The {@code transcriptSegment} variant.
	 */
	public record TranscriptSegment(
			@JsonProperty("id") String id,
			@JsonProperty("realtimeSessionId") String realtimeSessionId,
			@JsonProperty("role") ThreadRealtimeTranscriptRole role,
			@JsonProperty("text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public TranscriptSegment {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public TranscriptSegment(String id, String realtimeSessionId, ThreadRealtimeTranscriptRole role, String text) {
			this(id, realtimeSessionId, role, text, Map.of());
		}

	}

	/**
	 * The {@code bemItemPromoted} variant.
	 */
	public record BemItemPromoted(
			@JsonProperty("id") String id,
			@JsonProperty("realtimeSessionId") String realtimeSessionId,
			@JsonProperty("item_id") String itemId,
			@JsonProperty("presentation") ThreadRealtimeBemItemPresentation presentation,
			@JsonProperty("turn_id") String turnId,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public BemItemPromoted {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public BemItemPromoted(String id, String realtimeSessionId, String itemId, ThreadRealtimeBemItemPresentation presentation, String turnId) {
			this(id, realtimeSessionId, itemId, presentation, turnId, Map.of());
		}

	}

	/**
	 * The {@code realtimeSessionClosed} variant.
	 */
	public record RealtimeSessionClosed(
			@JsonProperty("id") String id,
			@JsonProperty("realtimeSessionId") String realtimeSessionId,
			@JsonProperty("outcome") ThreadRealtimeSessionOutcome outcome,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public RealtimeSessionClosed {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public RealtimeSessionClosed(String id, String realtimeSessionId, ThreadRealtimeSessionOutcome outcome) {
			this(id, realtimeSessionId, outcome, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeItem {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
