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
 * [UNSTABLE] Risk level assigned by approval auto-review. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record GuardianRiskLevel(@JsonValue String value) {

	/** {@code low}. */
	public static final GuardianRiskLevel LOW = new GuardianRiskLevel("low");

	/** {@code medium}. */
	public static final GuardianRiskLevel MEDIUM = new GuardianRiskLevel("medium");

	/** {@code high}. */
	public static final GuardianRiskLevel HIGH = new GuardianRiskLevel("high");

	/** {@code critical}. */
	public static final GuardianRiskLevel CRITICAL = new GuardianRiskLevel("critical");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static GuardianRiskLevel of(String value) {
		return new GuardianRiskLevel(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(LOW, MEDIUM, HIGH, CRITICAL).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
