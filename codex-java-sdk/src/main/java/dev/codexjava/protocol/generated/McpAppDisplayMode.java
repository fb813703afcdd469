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
 * The protocol's {@code McpAppDisplayMode}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record McpAppDisplayMode(@JsonValue String value) {

	/** {@code inline}. */
	public static final McpAppDisplayMode INLINE = new McpAppDisplayMode("inline");

	/** {@code fullscreen}. */
	public static final McpAppDisplayMode FULLSCREEN = new McpAppDisplayMode("fullscreen");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static McpAppDisplayMode of(String value) {
		return new McpAppDisplayMode(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(INLINE, FULLSCREEN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
