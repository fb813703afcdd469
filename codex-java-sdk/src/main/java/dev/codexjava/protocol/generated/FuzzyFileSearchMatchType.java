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
 * The protocol's {@code FuzzyFileSearchMatchType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record FuzzyFileSearchMatchType(@JsonValue String value) {

	/** {@code file}. */
	public static final FuzzyFileSearchMatchType FILE = new FuzzyFileSearchMatchType("file");

	/** {@code directory}. */
	public static final FuzzyFileSearchMatchType DIRECTORY = new FuzzyFileSearchMatchType("directory");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static FuzzyFileSearchMatchType of(String value) {
		return new FuzzyFileSearchMatchType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(FILE, DIRECTORY).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
