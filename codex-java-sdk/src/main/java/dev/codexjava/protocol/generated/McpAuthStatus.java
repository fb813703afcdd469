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
 * The protocol's {@code McpAuthStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record McpAuthStatus(@JsonValue String value) {

	/** {@code unknown}. */
	public static final McpAuthStatus UNKNOWN = new McpAuthStatus("unknown");

	/** {@code unsupported}. */
	public static final McpAuthStatus UNSUPPORTED = new McpAuthStatus("unsupported");

	/** {@code notLoggedIn}. */
	public static final McpAuthStatus NOT_LOGGED_IN = new McpAuthStatus("notLoggedIn");

	/** {@code bearerToken}. */
	public static final McpAuthStatus BEARER_TOKEN = new McpAuthStatus("bearerToken");

	/** {@code oAuth}. */
	public static final McpAuthStatus O_AUTH = new McpAuthStatus("oAuth");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static McpAuthStatus of(String value) {
		return new McpAuthStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(UNKNOWN, UNSUPPORTED, NOT_LOGGED_IN, BEARER_TOKEN, O_AUTH).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
