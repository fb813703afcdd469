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
 * The protocol's {@code DynamicToolCallStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record DynamicToolCallStatus(@JsonValue String value) {

	/** {@code inProgress}. */
	public static final DynamicToolCallStatus IN_PROGRESS = new DynamicToolCallStatus("inProgress");

	/** {@code completed}. */
	public static final DynamicToolCallStatus COMPLETED = new DynamicToolCallStatus("completed");

	/** {@code failed}. */
	public static final DynamicToolCallStatus FAILED = new DynamicToolCallStatus("failed");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static DynamicToolCallStatus of(String value) {
		return new DynamicToolCallStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(IN_PROGRESS, COMPLETED, FAILED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
