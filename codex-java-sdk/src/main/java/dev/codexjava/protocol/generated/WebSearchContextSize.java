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
 * The protocol's {@code WebSearchContextSize}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record WebSearchContextSize(@JsonValue String value) {

	/** {@code low}. */
	public static final WebSearchContextSize LOW = new WebSearchContextSize("low");

	/** {@code medium}. */
	public static final WebSearchContextSize MEDIUM = new WebSearchContextSize("medium");

	/** {@code high}. */
	public static final WebSearchContextSize HIGH = new WebSearchContextSize("high");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static WebSearchContextSize of(String value) {
		return new WebSearchContextSize(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(LOW, MEDIUM, HIGH).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
