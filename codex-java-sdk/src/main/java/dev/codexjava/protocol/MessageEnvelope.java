package dev.codexjava.protocol;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What can be salvaged from a line Jackson refuses (a number longer than 1000 digits, nesting deeper than 500, ...):
 * the top-level {@code id} and {@code method}, and {@code params.threadId}, {@code params.turnId} or
 * {@code params.turn.id}, as far as they come before the fault. Enough to fail the request, answer the server request
 * or end the turn the line belonged to, instead of leaving it to its timeout.
 *
 * @param id the {@code id}, or {@code null}
 * @param method the {@code method}, or {@code null}
 * @param threadId {@code params.threadId}, or {@code null}
 * @param turnId {@code params.turnId} or {@code params.turn.id}, or {@code null}
 */
record MessageEnvelope(JsonNode id, String method, String threadId, String turnId) {

	/** Scans {@code line} token by token up to its first fault. Never throws. */
	static MessageEnvelope scan(String line) {
		JsonNode id = null;
		String method = null;
		String threadId = null;
		String turnId = null;
		// the property name that opened each enclosing container (null for the root and array elements)
		List<String> path = new ArrayList<>();
		String name = null;
		try (JsonParser parser = Json.mapper().createParser(line)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				switch (token) {
					case PROPERTY_NAME -> name = parser.currentName();
					case START_OBJECT, START_ARRAY -> {
						path.add(name);
						name = null;
					}
					case END_OBJECT, END_ARRAY -> {
						path.remove(path.size() - 1);
						name = null;
					}
					case VALUE_STRING, VALUE_NUMBER_INT -> {
						int depth = path.size();
						String parent = (depth >= 2) ? path.get(1) : null;
						if (depth == 1 && "id".equals(name)) {
							id = (token == JsonToken.VALUE_STRING) ? JsonNodeFactory.instance.stringNode(parser.getString())
									: JsonNodeFactory.instance.numberNode(parser.getLongValue());
						}
						else if (depth == 1 && "method".equals(name) && token == JsonToken.VALUE_STRING) {
							method = parser.getString();
						}
						else if (depth == 2 && "params".equals(parent) && token == JsonToken.VALUE_STRING) {
							if ("threadId".equals(name)) {
								threadId = parser.getString();
							}
							else if ("turnId".equals(name)) {
								turnId = parser.getString();
							}
						}
						else if (depth == 3 && "params".equals(parent) && "turn".equals(path.get(2))
								&& "id".equals(name) && token == JsonToken.VALUE_STRING && turnId == null) {
							turnId = parser.getString();
						}
						name = null;
					}
					default -> name = null;
				}
			}
		}
		catch (RuntimeException ex) {
			// expected (a JacksonException): the scan stops at the fault that made the line unreadable
		}
		return new MessageEnvelope(id, method, threadId, turnId);
	}

}
