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
 * The protocol's {@code ThreadActiveFlag}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadActiveFlag(@JsonValue String value) {

	/** {@code waitingOnApproval}. */
	public static final ThreadActiveFlag WAITING_ON_APPROVAL = new ThreadActiveFlag("waitingOnApproval");

	/** {@code waitingOnUserInput}. */
	public static final ThreadActiveFlag WAITING_ON_USER_INPUT = new ThreadActiveFlag("waitingOnUserInput");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadActiveFlag of(String value) {
		return new ThreadActiveFlag(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(WAITING_ON_APPROVAL, WAITING_ON_USER_INPUT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
