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
 * The protocol's {@code ThreadListParams}.
 */
@SuppressWarnings("unused")
public record ThreadListParams(
		@JsonProperty("archived") Boolean archived,
		@JsonProperty("currentAccountOnly") Boolean currentAccountOnly,
		@JsonProperty("cursor") String cursor,
		@JsonProperty("cwd") ThreadListCwdFilter cwd,
		@JsonProperty("excludedThreadIds") List<String> excludedThreadIds,
		@JsonProperty("limit") Long limit,
		@JsonProperty("modelProviders") List<String> modelProviders,
		@JsonProperty("originators") List<String> originators,
		@JsonProperty("searchTerm") String searchTerm,
		@JsonProperty("sectionId") String sectionId,
		@JsonProperty("sortDirection") SortDirection sortDirection,
		@JsonProperty("sortKey") ThreadSortKey sortKey,
		@JsonProperty("sourceKinds") List<ThreadSourceKind> sourceKinds,
		@JsonProperty("useStateDbOnly") Boolean useStateDbOnly,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadListParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadListParams(Boolean archived, Boolean currentAccountOnly, String cursor, ThreadListCwdFilter cwd, List<String> excludedThreadIds, Long limit, List<String> modelProviders, List<String> originators, String searchTerm, String sectionId, SortDirection sortDirection, ThreadSortKey sortKey, List<ThreadSourceKind> sourceKinds, Boolean useStateDbOnly) {
		this(archived, currentAccountOnly, cursor, cwd, excludedThreadIds, limit, modelProviders, originators, searchTerm, sectionId, sortDirection, sortKey, sourceKinds, useStateDbOnly, Map.of());
	}

}
