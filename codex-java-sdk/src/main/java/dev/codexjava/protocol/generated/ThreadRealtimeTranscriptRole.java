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
 * The protocol's {@code ThreadRealtimeTranscriptRole}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadRealtimeTranscriptRole(@JsonValue String value) {

	/** {@code user}. */
	public static final ThreadRealtimeTranscriptRole USER = new ThreadRealtimeTranscriptRole("user");

	/** {@code assistant}. */
	public static final ThreadRealtimeTranscriptRole ASSISTANT = new ThreadRealtimeTranscriptRole("assistant");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadRealtimeTranscriptRole of(String value) {
		return new ThreadRealtimeTranscriptRole(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(USER, ASSISTANT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
