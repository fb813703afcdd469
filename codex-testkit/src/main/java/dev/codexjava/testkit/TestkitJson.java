package dev.codexjava.testkit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The testkit's own JSON helpers (kept independent of the SDK so the mock stays a neutral witness). */
final class TestkitJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private TestkitJson() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	static JsonNode read(String json) {
		try {
			return MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/** The string value of {@code node}, or {@code null} if it is missing or not a string. */
	static String string(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

}
