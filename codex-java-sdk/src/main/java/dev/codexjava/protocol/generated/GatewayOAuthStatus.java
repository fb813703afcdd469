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
 * The protocol's {@code GatewayOAuthStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record GatewayOAuthStatus(@JsonValue String value) {

	/** {@code notReady}. */
	public static final GatewayOAuthStatus NOT_READY = new GatewayOAuthStatus("notReady");

	/** {@code started}. */
	public static final GatewayOAuthStatus STARTED = new GatewayOAuthStatus("started");

	/** {@code succeeded}. */
	public static final GatewayOAuthStatus SUCCEEDED = new GatewayOAuthStatus("succeeded");

	/** {@code failed}. */
	public static final GatewayOAuthStatus FAILED = new GatewayOAuthStatus("failed");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static GatewayOAuthStatus of(String value) {
		return new GatewayOAuthStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(NOT_READY, STARTED, SUCCEEDED, FAILED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
