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
 * The protocol's {@code CollabAgentTool}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record CollabAgentTool(@JsonValue String value) {

	/** {@code spawnAgent}. */
	public static final CollabAgentTool SPAWN_AGENT = new CollabAgentTool("spawnAgent");

	/** {@code sendInput}. */
	public static final CollabAgentTool SEND_INPUT = new CollabAgentTool("sendInput");

	/** {@code resumeAgent}. */
	public static final CollabAgentTool RESUME_AGENT = new CollabAgentTool("resumeAgent");

	/** {@code wait}. */
	public static final CollabAgentTool WAIT = new CollabAgentTool("wait");

	/** {@code closeAgent}. */
	public static final CollabAgentTool CLOSE_AGENT = new CollabAgentTool("closeAgent");

	/** {@code sendMessage}. */
	public static final CollabAgentTool SEND_MESSAGE = new CollabAgentTool("sendMessage");

	/** {@code followupTask}. */
	public static final CollabAgentTool FOLLOWUP_TASK = new CollabAgentTool("followupTask");

	/** {@code interruptAgent}. */
	public static final CollabAgentTool INTERRUPT_AGENT = new CollabAgentTool("interruptAgent");

	/** {@code listAgents}. */
	public static final CollabAgentTool LIST_AGENTS = new CollabAgentTool("listAgents");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static CollabAgentTool of(String value) {
		return new CollabAgentTool(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(SPAWN_AGENT, SEND_INPUT, RESUME_AGENT, WAIT, CLOSE_AGENT, SEND_MESSAGE, FOLLOWUP_TASK, INTERRUPT_AGENT, LIST_AGENTS).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
