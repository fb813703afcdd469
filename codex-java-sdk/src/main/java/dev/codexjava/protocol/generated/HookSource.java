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
 * The protocol's {@code HookSource}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record HookSource(@JsonValue String value) {

	/** {@code system}. */
	public static final HookSource SYSTEM = new HookSource("system");

	/** {@code user}. */
	public static final HookSource USER = new HookSource("user");

	/** {@code project}. */
	public static final HookSource PROJECT = new HookSource("project");

	/** {@code mdm}. */
	public static final HookSource MDM = new HookSource("mdm");

	/** {@code sessionFlags}. */
	public static final HookSource SESSION_FLAGS = new HookSource("sessionFlags");

	/** {@code plugin}. */
	public static final HookSource PLUGIN = new HookSource("plugin");

	/** {@code cloudRequirements}. */
	public static final HookSource CLOUD_REQUIREMENTS = new HookSource("cloudRequirements");

	/** {@code cloudManagedConfig}. */
	public static final HookSource CLOUD_MANAGED_CONFIG = new HookSource("cloudManagedConfig");

	/** {@code legacyManagedConfigFile}. */
	public static final HookSource LEGACY_MANAGED_CONFIG_FILE = new HookSource("legacyManagedConfigFile");

	/** {@code legacyManagedConfigMdm}. */
	public static final HookSource LEGACY_MANAGED_CONFIG_MDM = new HookSource("legacyManagedConfigMdm");

	/** {@code unknown}. */
	public static final HookSource UNKNOWN = new HookSource("unknown");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static HookSource of(String value) {
		return new HookSource(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(SYSTEM, USER, PROJECT, MDM, SESSION_FLAGS, PLUGIN, CLOUD_REQUIREMENTS, CLOUD_MANAGED_CONFIG, LEGACY_MANAGED_CONFIG_FILE, LEGACY_MANAGED_CONFIG_MDM, UNKNOWN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
