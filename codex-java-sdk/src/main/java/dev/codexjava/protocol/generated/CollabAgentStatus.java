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
 * The protocol's {@code CollabAgentStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record CollabAgentStatus(@JsonValue String value) {

	/** {@code pendingInit}. */
	public static final CollabAgentStatus PENDING_INIT = new CollabAgentStatus("pendingInit");

	/** {@code running}. */
	public static final CollabAgentStatus RUNNING = new CollabAgentStatus("running");

	/** {@code interrupted}. */
	public static final CollabAgentStatus INTERRUPTED = new CollabAgentStatus("interrupted");

	/** {@code completed}. */
	public static final CollabAgentStatus COMPLETED = new CollabAgentStatus("completed");

	/** {@code errored}. */
	public static final CollabAgentStatus ERRORED = new CollabAgentStatus("errored");

	/** {@code shutdown}. */
	public static final CollabAgentStatus SHUTDOWN = new CollabAgentStatus("shutdown");

	/** {@code notFound}. */
	public static final CollabAgentStatus NOT_FOUND = new CollabAgentStatus("notFound");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static CollabAgentStatus of(String value) {
		return new CollabAgentStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(PENDING_INIT, RUNNING, INTERRUPTED, COMPLETED, ERRORED, SHUTDOWN, NOT_FOUND).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
