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
 * The protocol's {@code PluginShareDiscoverability}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginShareDiscoverability(@JsonValue String value) {

	/** {@code LISTED}. */
	public static final PluginShareDiscoverability LISTED = new PluginShareDiscoverability("LISTED");

	/** {@code UNLISTED}. */
	public static final PluginShareDiscoverability UNLISTED = new PluginShareDiscoverability("UNLISTED");

	/** {@code PRIVATE}. */
	public static final PluginShareDiscoverability PRIVATE = new PluginShareDiscoverability("PRIVATE");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginShareDiscoverability of(String value) {
		return new PluginShareDiscoverability(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(LISTED, UNLISTED, PRIVATE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
