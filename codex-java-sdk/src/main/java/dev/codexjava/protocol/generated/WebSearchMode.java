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
 * The protocol's {@code WebSearchMode}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record WebSearchMode(@JsonValue String value) {

	/** {@code disabled}. */
	public static final WebSearchMode DISABLED = new WebSearchMode("disabled");

	/** {@code cached}. */
	public static final WebSearchMode CACHED = new WebSearchMode("cached");

	/** {@code indexed}. */
	public static final WebSearchMode INDEXED = new WebSearchMode("indexed");

	/** {@code live}. */
	public static final WebSearchMode LIVE = new WebSearchMode("live");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static WebSearchMode of(String value) {
		return new WebSearchMode(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(DISABLED, CACHED, INDEXED, LIVE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
