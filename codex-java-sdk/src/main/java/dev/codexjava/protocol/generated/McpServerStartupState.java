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
 * The protocol's {@code McpServerStartupState}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record McpServerStartupState(@JsonValue String value) {

	/** {@code starting}. */
	public static final McpServerStartupState STARTING = new McpServerStartupState("starting");

	/** {@code ready}. */
	public static final McpServerStartupState READY = new McpServerStartupState("ready");

	/** {@code failed}. */
	public static final McpServerStartupState FAILED = new McpServerStartupState("failed");

	/** {@code cancelled}. */
	public static final McpServerStartupState CANCELLED = new McpServerStartupState("cancelled");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static McpServerStartupState of(String value) {
		return new McpServerStartupState(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(STARTING, READY, FAILED, CANCELLED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
