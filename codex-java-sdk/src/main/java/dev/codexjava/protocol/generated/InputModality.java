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
 * Canonical user-input modality tags advertised by a model. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record InputModality(@JsonValue String value) {

	/** {@code text}. */
	public static final InputModality TEXT = new InputModality("text");

	/** {@code image}. */
	public static final InputModality IMAGE = new InputModality("image");

	/** {@code audio}. */
	public static final InputModality AUDIO = new InputModality("audio");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static InputModality of(String value) {
		return new InputModality(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(TEXT, IMAGE, AUDIO).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
