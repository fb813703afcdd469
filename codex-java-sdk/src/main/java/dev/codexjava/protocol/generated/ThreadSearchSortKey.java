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
 * The protocol's {@code ThreadSearchSortKey}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadSearchSortKey(@JsonValue String value) {

	/** {@code created_at}. */
	public static final ThreadSearchSortKey CREATED_AT = new ThreadSearchSortKey("created_at");

	/** {@code updated_at}. */
	public static final ThreadSearchSortKey UPDATED_AT = new ThreadSearchSortKey("updated_at");

	/** {@code recency_at}. */
	public static final ThreadSearchSortKey RECENCY_AT = new ThreadSearchSortKey("recency_at");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadSearchSortKey of(String value) {
		return new ThreadSearchSortKey(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CREATED_AT, UPDATED_AT, RECENCY_AT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
