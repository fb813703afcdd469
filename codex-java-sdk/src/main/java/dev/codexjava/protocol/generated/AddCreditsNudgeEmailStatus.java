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
 * The protocol's {@code AddCreditsNudgeEmailStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record AddCreditsNudgeEmailStatus(@JsonValue String value) {

	/** {@code sent}. */
	public static final AddCreditsNudgeEmailStatus SENT = new AddCreditsNudgeEmailStatus("sent");

	/** {@code cooldown_active}. */
	public static final AddCreditsNudgeEmailStatus COOLDOWN_ACTIVE = new AddCreditsNudgeEmailStatus("cooldown_active");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static AddCreditsNudgeEmailStatus of(String value) {
		return new AddCreditsNudgeEmailStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(SENT, COOLDOWN_ACTIVE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
