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
 * The protocol's {@code TurnItemsView}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record TurnItemsView(@JsonValue String value) {

	/** {@code notLoaded}. */
	public static final TurnItemsView NOT_LOADED = new TurnItemsView("notLoaded");

	/** {@code summary}. */
	public static final TurnItemsView SUMMARY = new TurnItemsView("summary");

	/** {@code full}. */
	public static final TurnItemsView FULL = new TurnItemsView("full");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static TurnItemsView of(String value) {
		return new TurnItemsView(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(NOT_LOADED, SUMMARY, FULL).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
