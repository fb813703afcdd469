package dev.codexjava.protocol.newer;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.codexjava.protocol.generated.RequestId;

/**
 * The params of {@code thread/search/partial} (app-server 0.171.0 and later; the pinned 0.169.0 never sends it): a
 * best-effort batch of matches for a running {@code thread/search/stream} request (experimental) of this connection.
 * The rows are provisional: some may be dropped or fall outside the final page, and the request's own answer replaces
 * them; no partial follows that answer.
 *
 * @param data the matches of this batch, in discovery order
 * @param requestId the JSON-RPC id of the {@code thread/search/stream} request they belong to
 * @param unknown fields this SDK version does not model, kept as raw JSON
 */
public record ThreadSearchPartialNotification(@JsonProperty("data") List<ThreadSearchResult> data,
		@JsonProperty("requestId") RequestId requestId, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Copies the matches and keeps the unknown fields, unmodifiable. */
	public ThreadSearchPartialNotification {
		data = (data == null) ? List.of() : List.copyOf(data);
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadSearchPartialNotification(List<ThreadSearchResult> data, RequestId requestId) {
		this(data, requestId, Map.of());
	}

}
