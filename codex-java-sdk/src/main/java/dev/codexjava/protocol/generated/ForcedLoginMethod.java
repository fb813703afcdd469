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
 * The protocol's {@code ForcedLoginMethod}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ForcedLoginMethod(@JsonValue String value) {

	/** {@code chatgpt}. */
	public static final ForcedLoginMethod CHATGPT = new ForcedLoginMethod("chatgpt");

	/** {@code api}. */
	public static final ForcedLoginMethod API = new ForcedLoginMethod("api");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ForcedLoginMethod of(String value) {
		return new ForcedLoginMethod(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CHATGPT, API).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
