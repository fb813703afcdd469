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
 * The protocol's {@code McpServerStatusDetail}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record McpServerStatusDetail(@JsonValue String value) {

	/** {@code full}. */
	public static final McpServerStatusDetail FULL = new McpServerStatusDetail("full");

	/** {@code toolsAndAuthOnly}. */
	public static final McpServerStatusDetail TOOLS_AND_AUTH_ONLY = new McpServerStatusDetail("toolsAndAuthOnly");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static McpServerStatusDetail of(String value) {
		return new McpServerStatusDetail(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(FULL, TOOLS_AND_AUTH_ONLY).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
