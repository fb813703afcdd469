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
 * Controls output length/detail on GPT-5 models via the Responses API. Serialized with lowercase values to match the OpenAI API. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record Verbosity(@JsonValue String value) {

	/** {@code low}. */
	public static final Verbosity LOW = new Verbosity("low");

	/** {@code medium}. */
	public static final Verbosity MEDIUM = new Verbosity("medium");

	/** {@code high}. */
	public static final Verbosity HIGH = new Verbosity("high");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static Verbosity of(String value) {
		return new Verbosity(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(LOW, MEDIUM, HIGH).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
