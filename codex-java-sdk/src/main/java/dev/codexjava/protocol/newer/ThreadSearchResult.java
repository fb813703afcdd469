package dev.codexjava.protocol.newer;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.codexjava.protocol.generated.Thread;

/**
 * One thread matching a thread search, as {@code thread/search/partial} carries it (app-server 0.171.0 and later;
 * the pinned 0.169.0 never sends it): the thread from stored metadata and the text around the match.
 *
 * @param snippet the text around the match
 * @param thread the matching thread (decoded with the pinned {@link Thread} record: newer fields stay in its
 * {@code unknown} map)
 * @param unknown fields this SDK version does not model, kept as raw JSON
 */
public record ThreadSearchResult(@JsonProperty("snippet") String snippet, @JsonProperty("thread") Thread thread,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the unknown fields, unmodifiable. */
	public ThreadSearchResult {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadSearchResult(String snippet, Thread thread) {
		this(snippet, thread, Map.of());
	}

}
