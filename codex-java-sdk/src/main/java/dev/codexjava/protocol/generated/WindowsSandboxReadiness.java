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
 * The protocol's {@code WindowsSandboxReadiness}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record WindowsSandboxReadiness(@JsonValue String value) {

	/** {@code ready}. */
	public static final WindowsSandboxReadiness READY = new WindowsSandboxReadiness("ready");

	/** {@code notConfigured}. */
	public static final WindowsSandboxReadiness NOT_CONFIGURED = new WindowsSandboxReadiness("notConfigured");

	/** {@code updateRequired}. */
	public static final WindowsSandboxReadiness UPDATE_REQUIRED = new WindowsSandboxReadiness("updateRequired");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static WindowsSandboxReadiness of(String value) {
		return new WindowsSandboxReadiness(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(READY, NOT_CONFIGURED, UPDATE_REQUIRED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
