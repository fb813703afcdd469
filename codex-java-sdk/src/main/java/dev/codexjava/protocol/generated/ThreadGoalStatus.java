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
 * The protocol's {@code ThreadGoalStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadGoalStatus(@JsonValue String value) {

	/** {@code active}. */
	public static final ThreadGoalStatus ACTIVE = new ThreadGoalStatus("active");

	/** {@code paused}. */
	public static final ThreadGoalStatus PAUSED = new ThreadGoalStatus("paused");

	/** {@code blocked}. */
	public static final ThreadGoalStatus BLOCKED = new ThreadGoalStatus("blocked");

	/** {@code usageLimited}. */
	public static final ThreadGoalStatus USAGE_LIMITED = new ThreadGoalStatus("usageLimited");

	/** {@code budgetLimited}. */
	public static final ThreadGoalStatus BUDGET_LIMITED = new ThreadGoalStatus("budgetLimited");

	/** {@code complete}. */
	public static final ThreadGoalStatus COMPLETE = new ThreadGoalStatus("complete");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadGoalStatus of(String value) {
		return new ThreadGoalStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(ACTIVE, PAUSED, BLOCKED, USAGE_LIMITED, BUDGET_LIMITED, COMPLETE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
