package dev.codexjava.protocol.model;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;

/**
 * A model the server offers ({@code model/list}).
 *
 * @param id the id
 * @param model the slug to pass as {@code model}
 * @param displayName a display name
 * @param description a description, or {@code null}
 * @param hidden whether it is hidden by default
 * @param isDefault whether it is the default model
 * @param defaultReasoningEffort the default effort, or {@code null}
 * @param raw the object as received
 */
public record ModelInfo(String id, String model, String displayName, @Nullable String description, boolean hidden,
		boolean isDefault, @Nullable String defaultReasoningEffort, JsonNode raw) {

	/** Reads a wire model object. */
	public static ModelInfo from(JsonNode node) {
		JsonNode hidden = node.get("hidden");
		JsonNode isDefault = node.get("isDefault");
		return new ModelInfo(Json.text(node, "id"), Json.text(node, "model"), Json.text(node, "displayName"),
				Json.text(node, "description"), hidden != null && hidden.asBoolean(false),
				isDefault != null && isDefault.asBoolean(false), Json.text(node, "defaultReasoningEffort"), node);
	}

}
