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
 * Distinguishes explicit user actions from automatic goal lifecycle mutations. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadGoalMutationOrigin(@JsonValue String value) {

	/** {@code user}. */
	public static final ThreadGoalMutationOrigin USER = new ThreadGoalMutationOrigin("user");

	/** {@code automatic}. */
	public static final ThreadGoalMutationOrigin AUTOMATIC = new ThreadGoalMutationOrigin("automatic");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadGoalMutationOrigin of(String value) {
		return new ThreadGoalMutationOrigin(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(USER, AUTOMATIC).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
