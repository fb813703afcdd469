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
 * The protocol's {@code PluginDisabledReason}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginDisabledReason(@JsonValue String value) {

	/** {@code disabled_by_admin}. */
	public static final PluginDisabledReason DISABLED_BY_ADMIN = new PluginDisabledReason("disabled_by_admin");

	/** {@code plan_not_eligible}. */
	public static final PluginDisabledReason PLAN_NOT_ELIGIBLE = new PluginDisabledReason("plan_not_eligible");

	/** {@code required_app_unavailable}. */
	public static final PluginDisabledReason REQUIRED_APP_UNAVAILABLE = new PluginDisabledReason("required_app_unavailable");

	/** {@code unknown}. */
	public static final PluginDisabledReason UNKNOWN = new PluginDisabledReason("unknown");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginDisabledReason of(String value) {
		return new PluginDisabledReason(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(DISABLED_BY_ADMIN, PLAN_NOT_ELIGIBLE, REQUIRED_APP_UNAVAILABLE, UNKNOWN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
