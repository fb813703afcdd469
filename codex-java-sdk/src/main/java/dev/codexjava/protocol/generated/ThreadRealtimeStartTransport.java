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
 * EXPERIMENTAL - transport used by thread realtime. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ThreadRealtimeStartTransport.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ThreadRealtimeStartTransport.Websocket.class, name = "websocket"),
		@JsonSubTypes.Type(value = ThreadRealtimeStartTransport.Webrtc.class, name = "webrtc"),
		@JsonSubTypes.Type(value = ThreadRealtimeStartTransport.ExistingCall.class, name = "existingCall") })
public sealed interface ThreadRealtimeStartTransport {

	/**
	 * The {@code websocket} variant.
	 */
	public record Websocket(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeStartTransport {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Websocket {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code webrtc} variant.
	 */
	public record Webrtc(
			@JsonProperty("sdp") String sdp,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeStartTransport {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Webrtc {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Webrtc(String sdp) {
			this(sdp, Map.of());
		}

	}

	/**
	 * The {@code existingCall} variant.
	 */
	public record ExistingCall(
			@JsonProperty("callId") String callId,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeStartTransport {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ExistingCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ExistingCall(String callId) {
			this(callId, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeStartTransport {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
