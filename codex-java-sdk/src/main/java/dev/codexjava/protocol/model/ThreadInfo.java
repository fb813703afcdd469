package dev.codexjava.protocol.model;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;

/**
 * A thread's metadata as returned by {@code thread/list}, {@code thread/read} and friends.
 *
 * @param id the thread id
 * @param name the user-given name, or {@code null}
 * @param preview a preview of the first message, or {@code null}
 * @param model the model, or {@code null}
 * @param modelProvider the provider id, or {@code null}
 * @param cwd the working directory, or {@code null}
 * @param status the status type ({@code idle}, {@code active}, {@code notLoaded}, {@code systemError}), or
 * {@code null}
 * @param ephemeral whether it is kept in memory only
 * @param createdAt Unix seconds, or {@code null}
 * @param updatedAt Unix seconds, or {@code null}
 * @param raw the thread object as received (includes {@code turns} when requested)
 */
public record ThreadInfo(String id, @Nullable String name, @Nullable String preview, @Nullable String model,
		@Nullable String modelProvider, @Nullable String cwd, @Nullable String status, boolean ephemeral,
		@Nullable Long createdAt, @Nullable Long updatedAt, JsonNode raw) {

	/** Reads a wire thread object. */
	public static ThreadInfo from(JsonNode node) {
		JsonNode status = node.get("status");
		JsonNode ephemeral = node.get("ephemeral");
		return new ThreadInfo(Json.text(node, "id"), Json.text(node, "name"), Json.text(node, "preview"),
				Json.text(node, "model"), Json.text(node, "modelProvider"), Json.text(node, "cwd"),
				(status != null) ? Json.text(status, "type") : null, ephemeral != null && ephemeral.asBoolean(false),
				Json.longValue(node, "createdAt"), Json.longValue(node, "updatedAt"), node);
	}

}
