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
 * The protocol's {@code McpElicitationStringFormat}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record McpElicitationStringFormat(@JsonValue String value) {

	/** {@code email}. */
	public static final McpElicitationStringFormat EMAIL = new McpElicitationStringFormat("email");

	/** {@code uri}. */
	public static final McpElicitationStringFormat URI = new McpElicitationStringFormat("uri");

	/** {@code date}. */
	public static final McpElicitationStringFormat DATE = new McpElicitationStringFormat("date");

	/** {@code date-time}. */
	public static final McpElicitationStringFormat DATE_TIME = new McpElicitationStringFormat("date-time");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static McpElicitationStringFormat of(String value) {
		return new McpElicitationStringFormat(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(EMAIL, URI, DATE, DATE_TIME).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
