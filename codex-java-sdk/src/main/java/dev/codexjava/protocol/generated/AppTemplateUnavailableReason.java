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
 * The protocol's {@code AppTemplateUnavailableReason}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record AppTemplateUnavailableReason(@JsonValue String value) {

	/** {@code NOT_CONFIGURED_FOR_WORKSPACE}. */
	public static final AppTemplateUnavailableReason NOT_CONFIGURED_FOR_WORKSPACE = new AppTemplateUnavailableReason("NOT_CONFIGURED_FOR_WORKSPACE");

	/** {@code NO_ACTIVE_WORKSPACE}. */
	public static final AppTemplateUnavailableReason NO_ACTIVE_WORKSPACE = new AppTemplateUnavailableReason("NO_ACTIVE_WORKSPACE");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static AppTemplateUnavailableReason of(String value) {
		return new AppTemplateUnavailableReason(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(NOT_CONFIGURED_FOR_WORKSPACE, NO_ACTIVE_WORKSPACE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
