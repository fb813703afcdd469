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
 * The protocol's {@code AdditionalContextKind}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record AdditionalContextKind(@JsonValue String value) {

	/** {@code untrusted}. */
	public static final AdditionalContextKind UNTRUSTED = new AdditionalContextKind("untrusted");

	/** {@code application}. */
	public static final AdditionalContextKind APPLICATION = new AdditionalContextKind("application");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static AdditionalContextKind of(String value) {
		return new AdditionalContextKind(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(UNTRUSTED, APPLICATION).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
