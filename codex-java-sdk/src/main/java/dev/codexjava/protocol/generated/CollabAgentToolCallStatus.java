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
 * The protocol's {@code CollabAgentToolCallStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record CollabAgentToolCallStatus(@JsonValue String value) {

	/** {@code inProgress}. */
	public static final CollabAgentToolCallStatus IN_PROGRESS = new CollabAgentToolCallStatus("inProgress");

	/** {@code completed}. */
	public static final CollabAgentToolCallStatus COMPLETED = new CollabAgentToolCallStatus("completed");

	/** {@code failed}. */
	public static final CollabAgentToolCallStatus FAILED = new CollabAgentToolCallStatus("failed");

	/** {@code interrupted}. */
	public static final CollabAgentToolCallStatus INTERRUPTED = new CollabAgentToolCallStatus("interrupted");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static CollabAgentToolCallStatus of(String value) {
		return new CollabAgentToolCallStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(IN_PROGRESS, COMPLETED, FAILED, INTERRUPTED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
