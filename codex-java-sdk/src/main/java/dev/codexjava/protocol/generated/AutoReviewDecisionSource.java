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
 * [UNSTABLE] Source that produced a terminal approval auto-review decision. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record AutoReviewDecisionSource(@JsonValue String value) {

	/** {@code agent}. */
	public static final AutoReviewDecisionSource AGENT = new AutoReviewDecisionSource("agent");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static AutoReviewDecisionSource of(String value) {
		return new AutoReviewDecisionSource(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(AGENT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
