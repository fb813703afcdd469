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

/**
 * The protocol's {@code ThreadItemsListParams}.
 */
@SuppressWarnings("unused")
public record ThreadItemsListParams(
		@JsonProperty("cursor") ThreadItemsListCursor cursor,
		@JsonProperty("deferOutput") ThreadItemOutputDeferral deferOutput,
		@JsonProperty("limit") Long limit,
		@JsonProperty("sortDirection") SortDirection sortDirection,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("turnId") String turnId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadItemsListParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadItemsListParams(ThreadItemsListCursor cursor, ThreadItemOutputDeferral deferOutput, Long limit, SortDirection sortDirection, String threadId, String turnId) {
		this(cursor, deferOutput, limit, sortDirection, threadId, turnId, Map.of());
	}

}
