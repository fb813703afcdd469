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
 * The protocol's {@code ThreadRealtimeSessionOutcome}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadRealtimeSessionOutcome(@JsonValue String value) {

	/** {@code ended}. */
	public static final ThreadRealtimeSessionOutcome ENDED = new ThreadRealtimeSessionOutcome("ended");

	/** {@code failed}. */
	public static final ThreadRealtimeSessionOutcome FAILED = new ThreadRealtimeSessionOutcome("failed");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadRealtimeSessionOutcome of(String value) {
		return new ThreadRealtimeSessionOutcome(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(ENDED, FAILED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
