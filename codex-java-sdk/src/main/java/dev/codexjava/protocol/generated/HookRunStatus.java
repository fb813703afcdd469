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
 * The protocol's {@code HookRunStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record HookRunStatus(@JsonValue String value) {

	/** {@code running}. */
	public static final HookRunStatus RUNNING = new HookRunStatus("running");

	/** {@code completed}. */
	public static final HookRunStatus COMPLETED = new HookRunStatus("completed");

	/** {@code failed}. */
	public static final HookRunStatus FAILED = new HookRunStatus("failed");

	/** {@code blocked}. */
	public static final HookRunStatus BLOCKED = new HookRunStatus("blocked");

	/** {@code stopped}. */
	public static final HookRunStatus STOPPED = new HookRunStatus("stopped");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static HookRunStatus of(String value) {
		return new HookRunStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(RUNNING, COMPLETED, FAILED, BLOCKED, STOPPED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
