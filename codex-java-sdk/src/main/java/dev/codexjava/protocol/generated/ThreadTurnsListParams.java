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
 * The protocol's {@code ThreadTurnsListParams}.
 */
@SuppressWarnings("unused")
public record ThreadTurnsListParams(
		@JsonProperty("cursor") @Nullable String cursor,
		@JsonProperty("itemsView") @Nullable TurnItemsView itemsView,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("sortDirection") @Nullable SortDirection sortDirection,
		@JsonProperty("threadId") String threadId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadTurnsListParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadTurnsListParams(@Nullable String cursor, @Nullable TurnItemsView itemsView, @Nullable Long limit, @Nullable SortDirection sortDirection, String threadId) {
		this(cursor, itemsView, limit, sortDirection, threadId, Map.of());
	}

}
