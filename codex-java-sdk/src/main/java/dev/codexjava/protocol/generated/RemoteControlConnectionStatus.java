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
 * The protocol's {@code RemoteControlConnectionStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record RemoteControlConnectionStatus(@JsonValue String value) {

	/** {@code disabled}. */
	public static final RemoteControlConnectionStatus DISABLED = new RemoteControlConnectionStatus("disabled");

	/** {@code connecting}. */
	public static final RemoteControlConnectionStatus CONNECTING = new RemoteControlConnectionStatus("connecting");

	/** {@code connected}. */
	public static final RemoteControlConnectionStatus CONNECTED = new RemoteControlConnectionStatus("connected");

	/** {@code errored}. */
	public static final RemoteControlConnectionStatus ERRORED = new RemoteControlConnectionStatus("errored");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static RemoteControlConnectionStatus of(String value) {
		return new RemoteControlConnectionStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(DISABLED, CONNECTING, CONNECTED, ERRORED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
