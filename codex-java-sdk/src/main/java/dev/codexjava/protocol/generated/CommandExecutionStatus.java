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
 * The protocol's {@code CommandExecutionStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record CommandExecutionStatus(@JsonValue String value) {

	/** {@code inProgress}. */
	public static final CommandExecutionStatus IN_PROGRESS = new CommandExecutionStatus("inProgress");

	/** {@code completed}. */
	public static final CommandExecutionStatus COMPLETED = new CommandExecutionStatus("completed");

	/** {@code failed}. */
	public static final CommandExecutionStatus FAILED = new CommandExecutionStatus("failed");

	/** {@code declined}. */
	public static final CommandExecutionStatus DECLINED = new CommandExecutionStatus("declined");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static CommandExecutionStatus of(String value) {
		return new CommandExecutionStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(IN_PROGRESS, COMPLETED, FAILED, DECLINED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
