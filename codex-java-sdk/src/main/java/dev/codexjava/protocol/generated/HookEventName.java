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
 * The protocol's {@code HookEventName}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record HookEventName(@JsonValue String value) {

	/** {@code preModelRequest}. */
	public static final HookEventName PRE_MODEL_REQUEST = new HookEventName("preModelRequest");

	/** {@code postModelRequest}. */
	public static final HookEventName POST_MODEL_REQUEST = new HookEventName("postModelRequest");

	/** {@code preToolUse}. */
	public static final HookEventName PRE_TOOL_USE = new HookEventName("preToolUse");

	/** {@code permissionRequest}. */
	public static final HookEventName PERMISSION_REQUEST = new HookEventName("permissionRequest");

	/** {@code postToolUse}. */
	public static final HookEventName POST_TOOL_USE = new HookEventName("postToolUse");

	/** {@code preCompact}. */
	public static final HookEventName PRE_COMPACT = new HookEventName("preCompact");

	/** {@code postCompact}. */
	public static final HookEventName POST_COMPACT = new HookEventName("postCompact");

	/** {@code sessionStart}. */
	public static final HookEventName SESSION_START = new HookEventName("sessionStart");

	/** {@code sessionEnd}. */
	public static final HookEventName SESSION_END = new HookEventName("sessionEnd");

	/** {@code userPromptSubmit}. */
	public static final HookEventName USER_PROMPT_SUBMIT = new HookEventName("userPromptSubmit");

	/** {@code subagentStart}. */
	public static final HookEventName SUBAGENT_START = new HookEventName("subagentStart");

	/** {@code subagentStop}. */
	public static final HookEventName SUBAGENT_STOP = new HookEventName("subagentStop");

	/** {@code stop}. */
	public static final HookEventName STOP = new HookEventName("stop");

	/** {@code interrupt}. */
	public static final HookEventName INTERRUPT = new HookEventName("interrupt");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static HookEventName of(String value) {
		return new HookEventName(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(PRE_MODEL_REQUEST, POST_MODEL_REQUEST, PRE_TOOL_USE, PERMISSION_REQUEST, POST_TOOL_USE, PRE_COMPACT, POST_COMPACT, SESSION_START, SESSION_END, USER_PROMPT_SUBMIT, SUBAGENT_START, SUBAGENT_STOP, STOP, INTERRUPT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
