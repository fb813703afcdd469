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
 * Selects which part of the active context is charged against `model_auto_compact_token_limit`. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record AutoCompactTokenLimitScope(@JsonValue String value) {

	/** {@code total}. */
	public static final AutoCompactTokenLimitScope TOTAL = new AutoCompactTokenLimitScope("total");

	/** {@code body_after_prefix}. */
	public static final AutoCompactTokenLimitScope BODY_AFTER_PREFIX = new AutoCompactTokenLimitScope("body_after_prefix");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static AutoCompactTokenLimitScope of(String value) {
		return new AutoCompactTokenLimitScope(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(TOTAL, BODY_AFTER_PREFIX).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
