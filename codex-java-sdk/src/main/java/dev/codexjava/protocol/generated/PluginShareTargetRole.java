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
 * The protocol's {@code PluginShareTargetRole}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginShareTargetRole(@JsonValue String value) {

	/** {@code reader}. */
	public static final PluginShareTargetRole READER = new PluginShareTargetRole("reader");

	/** {@code editor}. */
	public static final PluginShareTargetRole EDITOR = new PluginShareTargetRole("editor");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginShareTargetRole of(String value) {
		return new PluginShareTargetRole(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(READER, EDITOR).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
