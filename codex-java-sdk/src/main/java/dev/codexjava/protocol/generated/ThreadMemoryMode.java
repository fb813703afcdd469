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
 * The protocol's {@code ThreadMemoryMode}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadMemoryMode(@JsonValue String value) {

	/** {@code enabled}. */
	public static final ThreadMemoryMode ENABLED = new ThreadMemoryMode("enabled");

	/** {@code disabled}. */
	public static final ThreadMemoryMode DISABLED = new ThreadMemoryMode("disabled");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadMemoryMode of(String value) {
		return new ThreadMemoryMode(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(ENABLED, DISABLED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
