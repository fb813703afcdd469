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
 * The protocol's {@code AddCreditsNudgeCreditType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record AddCreditsNudgeCreditType(@JsonValue String value) {

	/** {@code credits}. */
	public static final AddCreditsNudgeCreditType CREDITS = new AddCreditsNudgeCreditType("credits");

	/** {@code usage_limit}. */
	public static final AddCreditsNudgeCreditType USAGE_LIMIT = new AddCreditsNudgeCreditType("usage_limit");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static AddCreditsNudgeCreditType of(String value) {
		return new AddCreditsNudgeCreditType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CREDITS, USAGE_LIMIT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
