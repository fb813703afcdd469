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
 * Superset of [`codex_file_search::FileMatch`]
 */
@SuppressWarnings("unused")
public record FuzzyFileSearchResult(
		@JsonProperty("file_name") String fileName,
		@JsonProperty("indices") @Nullable List<Long> indices,
		@JsonProperty("match_type") FuzzyFileSearchMatchType matchType,
		@JsonProperty("path") String path,
		@JsonProperty("root") String root,
		@JsonProperty("score") Long score,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public FuzzyFileSearchResult {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public FuzzyFileSearchResult(String fileName, @Nullable List<Long> indices, FuzzyFileSearchMatchType matchType, String path, String root, Long score) {
		this(fileName, indices, matchType, path, root, score, Map.of());
	}

}
