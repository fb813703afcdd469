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
 * The protocol's {@code PluginAuthPolicy}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginAuthPolicy(@JsonValue String value) {

	/** {@code ON_INSTALL}. */
	public static final PluginAuthPolicy ON_INSTALL = new PluginAuthPolicy("ON_INSTALL");

	/** {@code ON_USE}. */
	public static final PluginAuthPolicy ON_USE = new PluginAuthPolicy("ON_USE");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginAuthPolicy of(String value) {
		return new PluginAuthPolicy(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(ON_INSTALL, ON_USE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
