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
 * The protocol's {@code McpServerElicitationAction}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record McpServerElicitationAction(@JsonValue String value) {

	/** {@code accept}. */
	public static final McpServerElicitationAction ACCEPT = new McpServerElicitationAction("accept");

	/** {@code decline}. */
	public static final McpServerElicitationAction DECLINE = new McpServerElicitationAction("decline");

	/** {@code cancel}. */
	public static final McpServerElicitationAction CANCEL = new McpServerElicitationAction("cancel");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static McpServerElicitationAction of(String value) {
		return new McpServerElicitationAction(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(ACCEPT, DECLINE, CANCEL).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
