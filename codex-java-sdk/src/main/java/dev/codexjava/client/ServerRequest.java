package dev.codexjava.client;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

/**
 * A request from the server that has no dedicated type here (permissions, user input, MCP elicitation, dynamic tool
 * calls, ...): its method, the thread and turn it belongs to when known, and its params.
 *
 * @param method the request method
 * @param threadId the thread, or {@code null}
 * @param turnId the turn, or {@code null}
 * @param params the params as received
 */
public record ServerRequest(String method, String threadId, String turnId, JsonNode params) {

	static ServerRequest of(String method, JsonNode params) {
		return new ServerRequest(method, Json.text(params, "threadId"), Json.text(params, "turnId"), params);
	}

}
