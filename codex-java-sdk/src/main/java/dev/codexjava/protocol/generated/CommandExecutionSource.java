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
 * The protocol's {@code CommandExecutionSource}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record CommandExecutionSource(@JsonValue String value) {

	/** {@code agent}. */
	public static final CommandExecutionSource AGENT = new CommandExecutionSource("agent");

	/** {@code userShell}. */
	public static final CommandExecutionSource USER_SHELL = new CommandExecutionSource("userShell");

	/** {@code unifiedExecStartup}. */
	public static final CommandExecutionSource UNIFIED_EXEC_STARTUP = new CommandExecutionSource("unifiedExecStartup");

	/** {@code unifiedExecInteraction}. */
	public static final CommandExecutionSource UNIFIED_EXEC_INTERACTION = new CommandExecutionSource("unifiedExecInteraction");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static CommandExecutionSource of(String value) {
		return new CommandExecutionSource(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(AGENT, USER_SHELL, UNIFIED_EXEC_STARTUP, UNIFIED_EXEC_INTERACTION).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
