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
 * The protocol's {@code PluginSearchScope}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginSearchScope(@JsonValue String value) {

	/** {@code global}. */
	public static final PluginSearchScope GLOBAL = new PluginSearchScope("global");

	/** {@code workspace}. */
	public static final PluginSearchScope WORKSPACE = new PluginSearchScope("workspace");

	/** {@code personal}. */
	public static final PluginSearchScope PERSONAL = new PluginSearchScope("personal");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginSearchScope of(String value) {
		return new PluginSearchScope(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(GLOBAL, WORKSPACE, PERSONAL).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
