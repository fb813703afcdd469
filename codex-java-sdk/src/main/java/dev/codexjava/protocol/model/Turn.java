package dev.codexjava.protocol.model;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;

/**
 * A turn as the server describes it in {@code turn/started}, {@code turn/completed} and thread reads.
 *
 * @param id the turn id
 * @param status its status
 * @param error the error when failed, else {@code null}
 * @param startedAt Unix seconds, or {@code null}
 * @param completedAt Unix seconds, or {@code null}
 * @param durationMs duration in milliseconds, or {@code null}
 * @param raw the turn object as received
 */
public record Turn(String id, TurnStatus status, @Nullable TurnError error, @Nullable Long startedAt,
		@Nullable Long completedAt, @Nullable Long durationMs, JsonNode raw) {

	/** Reads a wire turn object; never fails on odd numbers (see {@link Json#longValue}). */
	public static Turn from(JsonNode node) {
		return new Turn(Json.text(node, "id"), TurnStatus.fromWire(Json.text(node, "status")),
				TurnError.from(node.get("error")), Json.longValue(node, "startedAt"),
				Json.longValue(node, "completedAt"), Json.countValue(node, "durationMs"), node);
	}

}
