package dev.codexjava.testkit;

import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One extra output item of a {@link MockResponse} in the shape of the OpenAI Responses API (see
 * {@link MockResponse#withOutputItems}): reasoning, a web search call, an image generation call, or any item as JSON.
 * An item without an {@code id} gets one when the model serves it ({@code item-<response>-<index>}).
 *
 * @param json the item as a JSON object
 */
public record OutputItem(String json) {

	/** Checks that {@code json} is a JSON object with a {@code type}. */
	public OutputItem {
		Objects.requireNonNull(json, "json");
		JsonNode node = TestkitJson.read(json);
		if (node == null || !node.isObject() || !node.path("type").isString()) {
			throw new IllegalArgumentException("An output item is a JSON object with a \"type\": " + json);
		}
	}

	/** Any item, e.g. {@code {"type":"web_search_call","status":"completed","action":{...}}}. */
	public static OutputItem of(String json) {
		return new OutputItem(json);
	}

	/**
	 * A {@code reasoning} item with one {@code summary_text} part; the binary reports it as a {@code reasoning}
	 * thread item with this summary.
	 */
	public static OutputItem reasoning(String summary) {
		ObjectNode item = TestkitJson.object();
		item.put("type", "reasoning");
		item.putArray("summary").addObject().put("type", "summary_text").put("text",
				Objects.requireNonNull(summary, "summary"));
		return new OutputItem(TestkitJson.write(item));
	}

	/** A completed {@code web_search_call} whose action searched for {@code query}. */
	public static OutputItem webSearch(String query) {
		ObjectNode item = TestkitJson.object();
		item.put("type", "web_search_call");
		item.put("status", "completed");
		item.putObject("action").put("type", "search").put("query", Objects.requireNonNull(query, "query"));
		return new OutputItem(TestkitJson.write(item));
	}

	/**
	 * A completed {@code image_generation_call} with the image as base64 ({@code result}) and the prompt the image
	 * model used ({@code revised_prompt}).
	 */
	public static OutputItem imageGeneration(String revisedPrompt, String base64Image) {
		ObjectNode item = TestkitJson.object();
		item.put("type", "image_generation_call");
		item.put("status", "completed");
		item.put("revised_prompt", Objects.requireNonNull(revisedPrompt, "revisedPrompt"));
		item.put("result", Objects.requireNonNull(base64Image, "base64Image"));
		return new OutputItem(TestkitJson.write(item));
	}

	/** The item for the {@code n}-th response, at {@code index}: a copy with an id if it had none. */
	ObjectNode served(long n, int index) {
		ObjectNode node = (ObjectNode) TestkitJson.read(this.json);
		if (!node.path("id").isString()) {
			node.put("id", "item-" + n + "-" + index);
		}
		return node;
	}

}
