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
 * Stream label for `process/outputDelta` notifications. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ProcessOutputStream(@JsonValue String value) {

	/** {@code stdout}. */
	public static final ProcessOutputStream STDOUT = new ProcessOutputStream("stdout");

	/** {@code stderr}. */
	public static final ProcessOutputStream STDERR = new ProcessOutputStream("stderr");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ProcessOutputStream of(String value) {
		return new ProcessOutputStream(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(STDOUT, STDERR).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
