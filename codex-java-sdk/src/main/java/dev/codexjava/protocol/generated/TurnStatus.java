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
 * The protocol's {@code TurnStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record TurnStatus(@JsonValue String value) {

	/** {@code completed}. */
	public static final TurnStatus COMPLETED = new TurnStatus("completed");

	/** {@code interrupted}. */
	public static final TurnStatus INTERRUPTED = new TurnStatus("interrupted");

	/** {@code failed}. */
	public static final TurnStatus FAILED = new TurnStatus("failed");

	/** {@code inProgress}. */
	public static final TurnStatus IN_PROGRESS = new TurnStatus("inProgress");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static TurnStatus of(String value) {
		return new TurnStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(COMPLETED, INTERRUPTED, FAILED, IN_PROGRESS).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
