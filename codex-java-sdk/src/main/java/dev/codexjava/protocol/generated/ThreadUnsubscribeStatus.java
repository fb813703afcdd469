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
 * The protocol's {@code ThreadUnsubscribeStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadUnsubscribeStatus(@JsonValue String value) {

	/** {@code notLoaded}. */
	public static final ThreadUnsubscribeStatus NOT_LOADED = new ThreadUnsubscribeStatus("notLoaded");

	/** {@code notSubscribed}. */
	public static final ThreadUnsubscribeStatus NOT_SUBSCRIBED = new ThreadUnsubscribeStatus("notSubscribed");

	/** {@code unsubscribed}. */
	public static final ThreadUnsubscribeStatus UNSUBSCRIBED = new ThreadUnsubscribeStatus("unsubscribed");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadUnsubscribeStatus of(String value) {
		return new ThreadUnsubscribeStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(NOT_LOADED, NOT_SUBSCRIBED, UNSUBSCRIBED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
