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
 * The protocol's {@code McpServerOauthClientRegistration}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record McpServerOauthClientRegistration(@JsonValue String value) {

	/** {@code auto}. */
	public static final McpServerOauthClientRegistration AUTO = new McpServerOauthClientRegistration("auto");

	/** {@code cimd}. */
	public static final McpServerOauthClientRegistration CIMD = new McpServerOauthClientRegistration("cimd");

	/** {@code dcr}. */
	public static final McpServerOauthClientRegistration DCR = new McpServerOauthClientRegistration("dcr");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static McpServerOauthClientRegistration of(String value) {
		return new McpServerOauthClientRegistration(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(AUTO, CIMD, DCR).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
