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
 * The protocol's {@code NetworkAccess}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record NetworkAccess(@JsonValue String value) {

	/** {@code restricted}. */
	public static final NetworkAccess RESTRICTED = new NetworkAccess("restricted");

	/** {@code enabled}. */
	public static final NetworkAccess ENABLED = new NetworkAccess("enabled");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static NetworkAccess of(String value) {
		return new NetworkAccess(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(RESTRICTED, ENABLED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
