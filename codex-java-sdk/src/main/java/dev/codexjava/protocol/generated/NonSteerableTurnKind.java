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
 * The protocol's {@code NonSteerableTurnKind}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record NonSteerableTurnKind(@JsonValue String value) {

	/** {@code review}. */
	public static final NonSteerableTurnKind REVIEW = new NonSteerableTurnKind("review");

	/** {@code compact}. */
	public static final NonSteerableTurnKind COMPACT = new NonSteerableTurnKind("compact");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static NonSteerableTurnKind of(String value) {
		return new NonSteerableTurnKind(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(REVIEW, COMPACT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
