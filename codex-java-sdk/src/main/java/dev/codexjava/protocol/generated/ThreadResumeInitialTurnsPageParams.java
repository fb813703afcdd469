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
 * The protocol's {@code ThreadResumeInitialTurnsPageParams}.
 */
@SuppressWarnings("unused")
public record ThreadResumeInitialTurnsPageParams(
		@JsonProperty("itemsView") @Nullable TurnItemsView itemsView,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("sortDirection") @Nullable SortDirection sortDirection,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadResumeInitialTurnsPageParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadResumeInitialTurnsPageParams(@Nullable TurnItemsView itemsView, @Nullable Long limit, @Nullable SortDirection sortDirection) {
		this(itemsView, limit, sortDirection, Map.of());
	}

}
