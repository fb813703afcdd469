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
 * The protocol's {@code CancelLoginAccountStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record CancelLoginAccountStatus(@JsonValue String value) {

	/** {@code canceled}. */
	public static final CancelLoginAccountStatus CANCELED = new CancelLoginAccountStatus("canceled");

	/** {@code notFound}. */
	public static final CancelLoginAccountStatus NOT_FOUND = new CancelLoginAccountStatus("notFound");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static CancelLoginAccountStatus of(String value) {
		return new CancelLoginAccountStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CANCELED, NOT_FOUND).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
