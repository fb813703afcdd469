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
 * The protocol's {@code WriteStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record WriteStatus(@JsonValue String value) {

	/** {@code ok}. */
	public static final WriteStatus OK = new WriteStatus("ok");

	/** {@code okOverridden}. */
	public static final WriteStatus OK_OVERRIDDEN = new WriteStatus("okOverridden");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static WriteStatus of(String value) {
		return new WriteStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(OK, OK_OVERRIDDEN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
