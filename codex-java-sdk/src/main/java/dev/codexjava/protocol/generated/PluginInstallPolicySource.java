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
 * The protocol's {@code PluginInstallPolicySource}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginInstallPolicySource(@JsonValue String value) {

	/** {@code WORKSPACE_SETTING}. */
	public static final PluginInstallPolicySource WORKSPACE_SETTING = new PluginInstallPolicySource("WORKSPACE_SETTING");

	/** {@code IMPLICIT_CANONICAL_APP}. */
	public static final PluginInstallPolicySource IMPLICIT_CANONICAL_APP = new PluginInstallPolicySource("IMPLICIT_CANONICAL_APP");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginInstallPolicySource of(String value) {
		return new PluginInstallPolicySource(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(WORKSPACE_SETTING, IMPLICIT_CANONICAL_APP).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
