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
 * The protocol's {@code ThreadSortKey}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadSortKey(@JsonValue String value) {

	/** {@code created_at}. */
	public static final ThreadSortKey CREATED_AT = new ThreadSortKey("created_at");

	/** {@code updated_at}. */
	public static final ThreadSortKey UPDATED_AT = new ThreadSortKey("updated_at");

	/** {@code recency_at}. */
	public static final ThreadSortKey RECENCY_AT = new ThreadSortKey("recency_at");

	/** {@code section_position}. */
	public static final ThreadSortKey SECTION_POSITION = new ThreadSortKey("section_position");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadSortKey of(String value) {
		return new ThreadSortKey(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CREATED_AT, UPDATED_AT, RECENCY_AT, SECTION_POSITION).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
