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
 * The protocol's {@code PluginShareUpdateDiscoverability}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginShareUpdateDiscoverability(@JsonValue String value) {

	/** {@code UNLISTED}. */
	public static final PluginShareUpdateDiscoverability UNLISTED = new PluginShareUpdateDiscoverability("UNLISTED");

	/** {@code PRIVATE}. */
	public static final PluginShareUpdateDiscoverability PRIVATE = new PluginShareUpdateDiscoverability("PRIVATE");

	/** {@code LISTED}. */
	public static final PluginShareUpdateDiscoverability LISTED = new PluginShareUpdateDiscoverability("LISTED");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginShareUpdateDiscoverability of(String value) {
		return new PluginShareUpdateDiscoverability(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(UNLISTED, PRIVATE, LISTED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
