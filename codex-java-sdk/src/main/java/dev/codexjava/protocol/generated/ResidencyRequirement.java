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
 * The protocol's {@code ResidencyRequirement}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ResidencyRequirement(@JsonValue String value) {

	/** {@code us}. */
	public static final ResidencyRequirement US = new ResidencyRequirement("us");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ResidencyRequirement of(String value) {
		return new ResidencyRequirement(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(US).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
