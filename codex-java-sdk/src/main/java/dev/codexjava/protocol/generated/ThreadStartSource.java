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
 * The protocol's {@code ThreadStartSource}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadStartSource(@JsonValue String value) {

	/** {@code startup}. */
	public static final ThreadStartSource STARTUP = new ThreadStartSource("startup");

	/** {@code clear}. */
	public static final ThreadStartSource CLEAR = new ThreadStartSource("clear");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadStartSource of(String value) {
		return new ThreadStartSource(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(STARTUP, CLEAR).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
