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
 * Multi-agent runtime supported by a model. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record MultiAgentVersion(@JsonValue String value) {

	/** {@code disabled}. */
	public static final MultiAgentVersion DISABLED = new MultiAgentVersion("disabled");

	/** {@code v1}. */
	public static final MultiAgentVersion V1 = new MultiAgentVersion("v1");

	/** {@code v2}. */
	public static final MultiAgentVersion V2 = new MultiAgentVersion("v2");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static MultiAgentVersion of(String value) {
		return new MultiAgentVersion(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(DISABLED, V1, V2).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
