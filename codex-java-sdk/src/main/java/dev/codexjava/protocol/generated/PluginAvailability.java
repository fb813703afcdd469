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
 * The protocol's {@code PluginAvailability}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginAvailability(@JsonValue String value) {

	/** {@code DISABLED_BY_ADMIN}. */
	public static final PluginAvailability DISABLED_BY_ADMIN = new PluginAvailability("DISABLED_BY_ADMIN");

	/** {@code AVAILABLE}. */
	public static final PluginAvailability AVAILABLE = new PluginAvailability("AVAILABLE");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginAvailability of(String value) {
		return new PluginAvailability(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(DISABLED_BY_ADMIN, AVAILABLE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
