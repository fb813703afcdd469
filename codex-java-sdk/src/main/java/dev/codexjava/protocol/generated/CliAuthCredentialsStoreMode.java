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
 * The protocol's {@code CliAuthCredentialsStoreMode}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record CliAuthCredentialsStoreMode(@JsonValue String value) {

	/** {@code file}. */
	public static final CliAuthCredentialsStoreMode FILE = new CliAuthCredentialsStoreMode("file");

	/** {@code keyring}. */
	public static final CliAuthCredentialsStoreMode KEYRING = new CliAuthCredentialsStoreMode("keyring");

	/** {@code auto}. */
	public static final CliAuthCredentialsStoreMode AUTO = new CliAuthCredentialsStoreMode("auto");

	/** {@code ephemeral}. */
	public static final CliAuthCredentialsStoreMode EPHEMERAL = new CliAuthCredentialsStoreMode("ephemeral");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static CliAuthCredentialsStoreMode of(String value) {
		return new CliAuthCredentialsStoreMode(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(FILE, KEYRING, AUTO, EPHEMERAL).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
