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
 * The protocol's {@code HookScope}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record HookScope(@JsonValue String value) {

	/** {@code thread}. */
	public static final HookScope THREAD = new HookScope("thread");

	/** {@code turn}. */
	public static final HookScope TURN = new HookScope("turn");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static HookScope of(String value) {
		return new HookScope(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(THREAD, TURN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
