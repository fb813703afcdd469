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
 * The protocol's {@code McpElicitationNumberType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record McpElicitationNumberType(@JsonValue String value) {

	/** {@code number}. */
	public static final McpElicitationNumberType NUMBER = new McpElicitationNumberType("number");

	/** {@code integer}. */
	public static final McpElicitationNumberType INTEGER = new McpElicitationNumberType("integer");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static McpElicitationNumberType of(String value) {
		return new McpElicitationNumberType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(NUMBER, INTEGER).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
