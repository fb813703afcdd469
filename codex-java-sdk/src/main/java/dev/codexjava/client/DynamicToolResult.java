package dev.codexjava.client;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.DynamicToolCallOutputContentItem;
import dev.codexjava.protocol.generated.DynamicToolCallResponse;

/**
 * What a {@link DynamicTool} call returns to the model: whether it succeeded and its content (text, image or audio
 * items). Experimental, like dynamic tools.
 *
 * @param success whether the call succeeded (the model is told either way)
 * @param contentItems the output the model sees
 */
public record DynamicToolResult(boolean success, List<DynamicToolCallOutputContentItem> contentItems) {

	/** Copies the items. */
	public DynamicToolResult {
		contentItems = List.copyOf(Objects.requireNonNull(contentItems, "contentItems"));
	}

	/** A successful call with a text output. */
	public static DynamicToolResult text(String text) {
		return new DynamicToolResult(true, List.of(new DynamicToolCallOutputContentItem.InputText(
				(text != null) ? text : "")));
	}

	/** A failed call; {@code message} tells the model why. */
	public static DynamicToolResult failure(String message) {
		return new DynamicToolResult(false, List.of(new DynamicToolCallOutputContentItem.InputText(
				(message != null) ? message : "tool call failed")));
	}

	/** The text items joined with new lines (empty when there are none). */
	public String text() {
		StringBuilder sb = new StringBuilder();
		for (DynamicToolCallOutputContentItem item : this.contentItems) {
			if (item instanceof DynamicToolCallOutputContentItem.InputText text && text.text() != null) {
				if (sb.length() > 0) {
					sb.append('\n');
				}
				sb.append(text.text());
			}
		}
		return sb.toString();
	}

	/** The {@code item/tool/call} response (the generated {@link DynamicToolCallResponse}). */
	ObjectNode toJson() {
		return (ObjectNode) Json.toTree(new DynamicToolCallResponse(this.contentItems, this.success));
	}

}
