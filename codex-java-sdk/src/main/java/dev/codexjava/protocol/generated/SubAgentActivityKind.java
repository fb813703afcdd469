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
 * The protocol's {@code SubAgentActivityKind}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record SubAgentActivityKind(@JsonValue String value) {

	/** {@code started}. */
	public static final SubAgentActivityKind STARTED = new SubAgentActivityKind("started");

	/** {@code interacted}. */
	public static final SubAgentActivityKind INTERACTED = new SubAgentActivityKind("interacted");

	/** {@code interrupted}. */
	public static final SubAgentActivityKind INTERRUPTED = new SubAgentActivityKind("interrupted");

	/** {@code completed}. */
	public static final SubAgentActivityKind COMPLETED = new SubAgentActivityKind("completed");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static SubAgentActivityKind of(String value) {
		return new SubAgentActivityKind(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(STARTED, INTERACTED, INTERRUPTED, COMPLETED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
