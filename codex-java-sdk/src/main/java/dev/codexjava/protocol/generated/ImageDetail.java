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
 * The protocol's {@code ImageDetail}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ImageDetail(@JsonValue String value) {

	/** {@code auto}. */
	public static final ImageDetail AUTO = new ImageDetail("auto");

	/** {@code low}. */
	public static final ImageDetail LOW = new ImageDetail("low");

	/** {@code high}. */
	public static final ImageDetail HIGH = new ImageDetail("high");

	/** {@code original}. */
	public static final ImageDetail ORIGINAL = new ImageDetail("original");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ImageDetail of(String value) {
		return new ImageDetail(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(AUTO, LOW, HIGH, ORIGINAL).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
