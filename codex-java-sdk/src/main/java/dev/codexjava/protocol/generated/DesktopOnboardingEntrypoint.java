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
 * The protocol's {@code DesktopOnboardingEntrypoint}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record DesktopOnboardingEntrypoint(@JsonValue String value) {

	/** {@code life_sciences}. */
	public static final DesktopOnboardingEntrypoint LIFE_SCIENCES = new DesktopOnboardingEntrypoint("life_sciences");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static DesktopOnboardingEntrypoint of(String value) {
		return new DesktopOnboardingEntrypoint(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(LIFE_SCIENCES).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
