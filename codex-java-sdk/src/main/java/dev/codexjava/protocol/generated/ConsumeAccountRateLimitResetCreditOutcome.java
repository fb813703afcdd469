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
 * The protocol's {@code ConsumeAccountRateLimitResetCreditOutcome}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ConsumeAccountRateLimitResetCreditOutcome(@JsonValue String value) {

	/** {@code reset}. */
	public static final ConsumeAccountRateLimitResetCreditOutcome RESET = new ConsumeAccountRateLimitResetCreditOutcome("reset");

	/** {@code nothingToReset}. */
	public static final ConsumeAccountRateLimitResetCreditOutcome NOTHING_TO_RESET = new ConsumeAccountRateLimitResetCreditOutcome("nothingToReset");

	/** {@code noCredit}. */
	public static final ConsumeAccountRateLimitResetCreditOutcome NO_CREDIT = new ConsumeAccountRateLimitResetCreditOutcome("noCredit");

	/** {@code alreadyRedeemed}. */
	public static final ConsumeAccountRateLimitResetCreditOutcome ALREADY_REDEEMED = new ConsumeAccountRateLimitResetCreditOutcome("alreadyRedeemed");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ConsumeAccountRateLimitResetCreditOutcome of(String value) {
		return new ConsumeAccountRateLimitResetCreditOutcome(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(RESET, NOTHING_TO_RESET, NO_CREDIT, ALREADY_REDEEMED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
