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
 * The protocol's {@code OtelHttpProtocol}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record OtelHttpProtocol(@JsonValue String value) {

	/** {@code binary}. */
	public static final OtelHttpProtocol BINARY = new OtelHttpProtocol("binary");

	/** {@code json}. */
	public static final OtelHttpProtocol JSON = new OtelHttpProtocol("json");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static OtelHttpProtocol of(String value) {
		return new OtelHttpProtocol(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(BINARY, JSON).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
