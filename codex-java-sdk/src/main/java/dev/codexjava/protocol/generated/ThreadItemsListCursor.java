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
 * Starting position for an item-history page. Kept as raw JSON: its schema is a union this generator does not model.
 */
@SuppressWarnings("unused")
public record ThreadItemsListCursor(@JsonValue JsonNode raw) {

	/** The value for a wire tree. */
	@JsonCreator
	public static ThreadItemsListCursor of(JsonNode raw) {
		return new ThreadItemsListCursor(raw);
	}

}
