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
 * Classifies assistant text as commentary, a partial answer, or a terminal answer. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record MessagePhase(@JsonValue String value) {

	/** {@code commentary}. */
	public static final MessagePhase COMMENTARY = new MessagePhase("commentary");

	/** {@code partial_answer}. */
	public static final MessagePhase PARTIAL_ANSWER = new MessagePhase("partial_answer");

	/** {@code final_answer}. */
	public static final MessagePhase FINAL_ANSWER = new MessagePhase("final_answer");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static MessagePhase of(String value) {
		return new MessagePhase(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(COMMENTARY, PARTIAL_ANSWER, FINAL_ANSWER).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
