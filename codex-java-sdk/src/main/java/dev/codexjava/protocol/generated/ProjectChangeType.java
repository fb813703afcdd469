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
 * The protocol's {@code ProjectChangeType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ProjectChangeType(@JsonValue String value) {

	/** {@code created}. */
	public static final ProjectChangeType CREATED = new ProjectChangeType("created");

	/** {@code updated}. */
	public static final ProjectChangeType UPDATED = new ProjectChangeType("updated");

	/** {@code deleted}. */
	public static final ProjectChangeType DELETED = new ProjectChangeType("deleted");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ProjectChangeType of(String value) {
		return new ProjectChangeType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CREATED, UPDATED, DELETED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
