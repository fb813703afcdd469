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
 * Requested cyber treatment for an OpenAI model turn. Authorization and model-tier restrictions remain server-owned. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record CyberAccessProgram(@JsonValue String value) {

	/** {@code standard}. */
	public static final CyberAccessProgram STANDARD = new CyberAccessProgram("standard");

	/** {@code daybreakBlue}. */
	public static final CyberAccessProgram DAYBREAK_BLUE = new CyberAccessProgram("daybreakBlue");

	/** {@code daybreakRed}. */
	public static final CyberAccessProgram DAYBREAK_RED = new CyberAccessProgram("daybreakRed");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static CyberAccessProgram of(String value) {
		return new CyberAccessProgram(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(STANDARD, DAYBREAK_BLUE, DAYBREAK_RED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
