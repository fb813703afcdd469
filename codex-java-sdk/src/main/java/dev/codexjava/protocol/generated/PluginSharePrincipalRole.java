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
 * The protocol's {@code PluginSharePrincipalRole}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginSharePrincipalRole(@JsonValue String value) {

	/** {@code reader}. */
	public static final PluginSharePrincipalRole READER = new PluginSharePrincipalRole("reader");

	/** {@code editor}. */
	public static final PluginSharePrincipalRole EDITOR = new PluginSharePrincipalRole("editor");

	/** {@code owner}. */
	public static final PluginSharePrincipalRole OWNER = new PluginSharePrincipalRole("owner");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginSharePrincipalRole of(String value) {
		return new PluginSharePrincipalRole(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(READER, EDITOR, OWNER).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
