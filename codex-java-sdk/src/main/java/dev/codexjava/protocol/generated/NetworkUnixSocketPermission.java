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
 * The protocol's {@code NetworkUnixSocketPermission}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record NetworkUnixSocketPermission(@JsonValue String value) {

	/** {@code allow}. */
	public static final NetworkUnixSocketPermission ALLOW = new NetworkUnixSocketPermission("allow");

	/** {@code deny}. */
	public static final NetworkUnixSocketPermission DENY = new NetworkUnixSocketPermission("deny");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static NetworkUnixSocketPermission of(String value) {
		return new NetworkUnixSocketPermission(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(ALLOW, DENY).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
