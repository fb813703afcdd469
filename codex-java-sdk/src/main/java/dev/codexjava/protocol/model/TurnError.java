package dev.codexjava.protocol.model;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;

/**
 * Why a turn failed, as the server reports it.
 *
 * @param message the human-readable message
 * @param codexErrorInfo the machine-readable kind, or {@code null}
 * @param additionalDetails extra detail text, or {@code null}
 * @param raw the error object as received
 */
public record TurnError(String message, @Nullable CodexErrorInfo codexErrorInfo, @Nullable String additionalDetails,
		JsonNode raw) {

	/** Reads the wire object; {@code null} stays {@code null}. */
	public static @Nullable TurnError from(@Nullable JsonNode node) {
		if (node == null || node.isNull() || !node.isObject()) {
			return null;
		}
		return new TurnError(Json.text(node, "message"), CodexErrorInfo.from(node.get("codexErrorInfo")),
				Json.text(node, "additionalDetails"), node);
	}

	/** Whether the failure was a model-service overload. */
	public boolean isServerOverloaded() {
		return this.codexErrorInfo != null && this.codexErrorInfo.isServerOverloaded();
	}

}
