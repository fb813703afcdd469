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
 * The protocol's {@code ThreadListParams}.
 */
@SuppressWarnings("unused")
public record ThreadListParams(
		@JsonProperty("archived") @Nullable Boolean archived,
		@JsonProperty("currentAccountOnly") @Nullable Boolean currentAccountOnly,
		@JsonProperty("cursor") @Nullable String cursor,
		@JsonProperty("cwd") @Nullable ThreadListCwdFilter cwd,
		@JsonProperty("excludedThreadIds") @Nullable List<String> excludedThreadIds,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("modelProviders") @Nullable List<String> modelProviders,
		@JsonProperty("originators") @Nullable List<String> originators,
		@JsonProperty("searchTerm") @Nullable String searchTerm,
		@JsonProperty("sectionId") @Nullable String sectionId,
		@JsonProperty("sortDirection") @Nullable SortDirection sortDirection,
		@JsonProperty("sortKey") @Nullable ThreadSortKey sortKey,
		@JsonProperty("sourceKinds") @Nullable List<ThreadSourceKind> sourceKinds,
		@JsonProperty("useStateDbOnly") @Nullable Boolean useStateDbOnly,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadListParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadListParams(@Nullable Boolean archived, @Nullable Boolean currentAccountOnly, @Nullable String cursor, @Nullable ThreadListCwdFilter cwd, @Nullable List<String> excludedThreadIds, @Nullable Long limit, @Nullable List<String> modelProviders, @Nullable List<String> originators, @Nullable String searchTerm, @Nullable String sectionId, @Nullable SortDirection sortDirection, @Nullable ThreadSortKey sortKey, @Nullable List<ThreadSourceKind> sourceKinds, @Nullable Boolean useStateDbOnly) {
		this(archived, currentAccountOnly, cursor, cwd, excludedThreadIds, limit, modelProviders, originators, searchTerm, sectionId, sortDirection, sortKey, sourceKinds, useStateDbOnly, Map.of());
	}

}
