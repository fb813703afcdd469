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
 * The protocol's {@code PluginInstallPolicy}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginInstallPolicy(@JsonValue String value) {

	/** {@code NOT_AVAILABLE}. */
	public static final PluginInstallPolicy NOT_AVAILABLE = new PluginInstallPolicy("NOT_AVAILABLE");

	/** {@code AVAILABLE}. */
	public static final PluginInstallPolicy AVAILABLE = new PluginInstallPolicy("AVAILABLE");

	/** {@code INSTALLED_BY_DEFAULT}. */
	public static final PluginInstallPolicy INSTALLED_BY_DEFAULT = new PluginInstallPolicy("INSTALLED_BY_DEFAULT");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginInstallPolicy of(String value) {
		return new PluginInstallPolicy(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(NOT_AVAILABLE, AVAILABLE, INSTALLED_BY_DEFAULT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
