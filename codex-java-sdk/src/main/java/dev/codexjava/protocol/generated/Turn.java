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
 * The protocol's {@code Turn}.
 */
@SuppressWarnings("unused")
public record Turn(
		@JsonProperty("completedAt") @Nullable Long completedAt,
		@JsonProperty("durationMs") @Nullable Long durationMs,
		@JsonProperty("error") @Nullable TurnError error,
		@JsonProperty("id") String id,
		@JsonProperty("items") List<ThreadItem> items,
		@JsonProperty("itemsView") @Nullable JsonNode itemsView,
		@JsonProperty("rootTurnId") @Nullable String rootTurnId,
		@JsonProperty("startedAt") @Nullable Long startedAt,
		@JsonProperty("status") TurnStatus status,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Turn {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Turn(@Nullable Long completedAt, @Nullable Long durationMs, @Nullable TurnError error, String id, List<ThreadItem> items, @Nullable JsonNode itemsView, @Nullable String rootTurnId, @Nullable Long startedAt, TurnStatus status) {
		this(completedAt, durationMs, error, id, items, itemsView, rootTurnId, startedAt, status, Map.of());
	}

}
