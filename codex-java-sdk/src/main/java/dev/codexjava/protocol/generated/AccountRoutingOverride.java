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
 * Backend routing policy. Wire values match the accounts/check contract. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record AccountRoutingOverride(@JsonValue String value) {

	/** {@code NO_CONSTRAINT}. */
	public static final AccountRoutingOverride NO_CONSTRAINT = new AccountRoutingOverride("NO_CONSTRAINT");

	/** {@code us}. */
	public static final AccountRoutingOverride US = new AccountRoutingOverride("us");

	/** {@code us_cr}. */
	public static final AccountRoutingOverride US_CR = new AccountRoutingOverride("us_cr");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static AccountRoutingOverride of(String value) {
		return new AccountRoutingOverride(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(NO_CONSTRAINT, US, US_CR).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
