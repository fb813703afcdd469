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
 * [UNSTABLE] Authorization level assigned by approval auto-review. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record GuardianUserAuthorization(@JsonValue String value) {

	/** {@code unknown}. */
	public static final GuardianUserAuthorization UNKNOWN = new GuardianUserAuthorization("unknown");

	/** {@code low}. */
	public static final GuardianUserAuthorization LOW = new GuardianUserAuthorization("low");

	/** {@code medium}. */
	public static final GuardianUserAuthorization MEDIUM = new GuardianUserAuthorization("medium");

	/** {@code high}. */
	public static final GuardianUserAuthorization HIGH = new GuardianUserAuthorization("high");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static GuardianUserAuthorization of(String value) {
		return new GuardianUserAuthorization(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(UNKNOWN, LOW, MEDIUM, HIGH).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
