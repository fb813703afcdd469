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
 * The protocol's {@code ProjectSortKey}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ProjectSortKey(@JsonValue String value) {

	/** {@code position}. */
	public static final ProjectSortKey POSITION = new ProjectSortKey("position");

	/** {@code recencyAt}. */
	public static final ProjectSortKey RECENCY_AT = new ProjectSortKey("recencyAt");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ProjectSortKey of(String value) {
		return new ProjectSortKey(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(POSITION, RECENCY_AT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
