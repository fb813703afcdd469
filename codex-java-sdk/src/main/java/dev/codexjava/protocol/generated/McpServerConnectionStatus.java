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
 * The protocol's {@code McpServerConnectionStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record McpServerConnectionStatus(@JsonValue String value) {

	/** {@code notStarted}. */
	public static final McpServerConnectionStatus NOT_STARTED = new McpServerConnectionStatus("notStarted");

	/** {@code starting}. */
	public static final McpServerConnectionStatus STARTING = new McpServerConnectionStatus("starting");

	/** {@code connected}. */
	public static final McpServerConnectionStatus CONNECTED = new McpServerConnectionStatus("connected");

	/** {@code authenticationRequired}. */
	public static final McpServerConnectionStatus AUTHENTICATION_REQUIRED = new McpServerConnectionStatus("authenticationRequired");

	/** {@code failed}. */
	public static final McpServerConnectionStatus FAILED = new McpServerConnectionStatus("failed");

	/** {@code cancelled}. */
	public static final McpServerConnectionStatus CANCELLED = new McpServerConnectionStatus("cancelled");

	/** {@code disabled}. */
	public static final McpServerConnectionStatus DISABLED = new McpServerConnectionStatus("disabled");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static McpServerConnectionStatus of(String value) {
		return new McpServerConnectionStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(NOT_STARTED, STARTING, CONNECTED, AUTHENTICATION_REQUIRED, FAILED, CANCELLED, DISABLED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
