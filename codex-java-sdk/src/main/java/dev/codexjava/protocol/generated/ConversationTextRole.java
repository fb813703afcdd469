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
 * The protocol's {@code ConversationTextRole}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ConversationTextRole(@JsonValue String value) {

	/** {@code user}. */
	public static final ConversationTextRole USER = new ConversationTextRole("user");

	/** {@code developer}. */
	public static final ConversationTextRole DEVELOPER = new ConversationTextRole("developer");

	/** {@code assistant}. */
	public static final ConversationTextRole ASSISTANT = new ConversationTextRole("assistant");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ConversationTextRole of(String value) {
		return new ConversationTextRole(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(USER, DEVELOPER, ASSISTANT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
