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
 * The protocol's {@code HookHandlerType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record HookHandlerType(@JsonValue String value) {

	/** {@code command}. */
	public static final HookHandlerType COMMAND = new HookHandlerType("command");

	/** {@code mcpTool}. */
	public static final HookHandlerType MCP_TOOL = new HookHandlerType("mcpTool");

	/** {@code prompt}. */
	public static final HookHandlerType PROMPT = new HookHandlerType("prompt");

	/** {@code agent}. */
	public static final HookHandlerType AGENT = new HookHandlerType("agent");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static HookHandlerType of(String value) {
		return new HookHandlerType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(COMMAND, MCP_TOOL, PROMPT, AGENT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
