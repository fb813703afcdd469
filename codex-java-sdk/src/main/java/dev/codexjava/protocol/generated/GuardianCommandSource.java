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
 * The protocol's {@code GuardianCommandSource}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record GuardianCommandSource(@JsonValue String value) {

	/** {@code shell}. */
	public static final GuardianCommandSource SHELL = new GuardianCommandSource("shell");

	/** {@code unifiedExec}. */
	public static final GuardianCommandSource UNIFIED_EXEC = new GuardianCommandSource("unifiedExec");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static GuardianCommandSource of(String value) {
		return new GuardianCommandSource(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(SHELL, UNIFIED_EXEC).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
