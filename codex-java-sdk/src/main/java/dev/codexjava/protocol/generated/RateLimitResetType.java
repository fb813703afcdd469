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
 * The protocol's {@code RateLimitResetType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record RateLimitResetType(@JsonValue String value) {

	/** {@code codexRateLimits}. */
	public static final RateLimitResetType CODEX_RATE_LIMITS = new RateLimitResetType("codexRateLimits");

	/** {@code unknown}. */
	public static final RateLimitResetType UNKNOWN = new RateLimitResetType("unknown");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static RateLimitResetType of(String value) {
		return new RateLimitResetType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CODEX_RATE_LIMITS, UNKNOWN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
