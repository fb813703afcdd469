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
 * Deprecated: `friendly` and `pragmatic` no longer select a style. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record Personality(@JsonValue String value) {

	/** {@code none}. */
	public static final Personality NONE = new Personality("none");

	/** {@code friendly}. */
	public static final Personality FRIENDLY = new Personality("friendly");

	/** {@code pragmatic}. */
	public static final Personality PRAGMATIC = new Personality("pragmatic");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static Personality of(String value) {
		return new Personality(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(NONE, FRIENDLY, PRAGMATIC).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
