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
 * The protocol's {@code LocalShellStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record LocalShellStatus(@JsonValue String value) {

	/** {@code completed}. */
	public static final LocalShellStatus COMPLETED = new LocalShellStatus("completed");

	/** {@code in_progress}. */
	public static final LocalShellStatus IN_PROGRESS = new LocalShellStatus("in_progress");

	/** {@code incomplete}. */
	public static final LocalShellStatus INCOMPLETE = new LocalShellStatus("incomplete");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static LocalShellStatus of(String value) {
		return new LocalShellStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(COMPLETED, IN_PROGRESS, INCOMPLETE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
