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
 * The protocol's {@code PluginSharePrincipalType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginSharePrincipalType(@JsonValue String value) {

	/** {@code user}. */
	public static final PluginSharePrincipalType USER = new PluginSharePrincipalType("user");

	/** {@code group}. */
	public static final PluginSharePrincipalType GROUP = new PluginSharePrincipalType("group");

	/** {@code workspace}. */
	public static final PluginSharePrincipalType WORKSPACE = new PluginSharePrincipalType("workspace");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginSharePrincipalType of(String value) {
		return new PluginSharePrincipalType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(USER, GROUP, WORKSPACE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
