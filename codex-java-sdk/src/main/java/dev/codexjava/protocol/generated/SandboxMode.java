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
 * The protocol's {@code SandboxMode}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record SandboxMode(@JsonValue String value) {

	/** {@code read-only}. */
	public static final SandboxMode READ_ONLY = new SandboxMode("read-only");

	/** {@code workspace-write}. */
	public static final SandboxMode WORKSPACE_WRITE = new SandboxMode("workspace-write");

	/** {@code danger-full-access}. */
	public static final SandboxMode DANGER_FULL_ACCESS = new SandboxMode("danger-full-access");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static SandboxMode of(String value) {
		return new SandboxMode(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(READ_ONLY, WORKSPACE_WRITE, DANGER_FULL_ACCESS).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
