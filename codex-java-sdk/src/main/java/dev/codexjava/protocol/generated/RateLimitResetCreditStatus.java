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
 * The protocol's {@code RateLimitResetCreditStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record RateLimitResetCreditStatus(@JsonValue String value) {

	/** {@code available}. */
	public static final RateLimitResetCreditStatus AVAILABLE = new RateLimitResetCreditStatus("available");

	/** {@code redeeming}. */
	public static final RateLimitResetCreditStatus REDEEMING = new RateLimitResetCreditStatus("redeeming");

	/** {@code redeemed}. */
	public static final RateLimitResetCreditStatus REDEEMED = new RateLimitResetCreditStatus("redeemed");

	/** {@code unknown}. */
	public static final RateLimitResetCreditStatus UNKNOWN = new RateLimitResetCreditStatus("unknown");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static RateLimitResetCreditStatus of(String value) {
		return new RateLimitResetCreditStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(AVAILABLE, REDEEMING, REDEEMED, UNKNOWN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
