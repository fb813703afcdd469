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
 * The protocol's {@code TurnPlanStepStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record TurnPlanStepStatus(@JsonValue String value) {

	/** {@code pending}. */
	public static final TurnPlanStepStatus PENDING = new TurnPlanStepStatus("pending");

	/** {@code inProgress}. */
	public static final TurnPlanStepStatus IN_PROGRESS = new TurnPlanStepStatus("inProgress");

	/** {@code completed}. */
	public static final TurnPlanStepStatus COMPLETED = new TurnPlanStepStatus("completed");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static TurnPlanStepStatus of(String value) {
		return new TurnPlanStepStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(PENDING, IN_PROGRESS, COMPLETED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
