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
 * The protocol's {@code NetworkApprovalProtocol}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record NetworkApprovalProtocol(@JsonValue String value) {

	/** {@code http}. */
	public static final NetworkApprovalProtocol HTTP = new NetworkApprovalProtocol("http");

	/** {@code https}. */
	public static final NetworkApprovalProtocol HTTPS = new NetworkApprovalProtocol("https");

	/** {@code socks5Tcp}. */
	public static final NetworkApprovalProtocol SOCKS5_TCP = new NetworkApprovalProtocol("socks5Tcp");

	/** {@code socks5Udp}. */
	public static final NetworkApprovalProtocol SOCKS5_UDP = new NetworkApprovalProtocol("socks5Udp");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static NetworkApprovalProtocol of(String value) {
		return new NetworkApprovalProtocol(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(HTTP, HTTPS, SOCKS5_TCP, SOCKS5_UDP).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
