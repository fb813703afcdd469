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
 * The protocol's {@code MergeStrategy}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record MergeStrategy(@JsonValue String value) {

	/** {@code replace}. */
	public static final MergeStrategy REPLACE = new MergeStrategy("replace");

	/** {@code upsert}. */
	public static final MergeStrategy UPSERT = new MergeStrategy("upsert");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static MergeStrategy of(String value) {
		return new MergeStrategy(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(REPLACE, UPSERT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
