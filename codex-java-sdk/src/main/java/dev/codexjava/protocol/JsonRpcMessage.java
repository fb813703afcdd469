package dev.codexjava.protocol;

import tools.jackson.databind.JsonNode;

/**
 * One decoded JSON-RPC message, as the app-server sends it: a request from the server (it has {@code method} and
 * {@code id}), a notification ({@code method} only), or a response ({@code id} with {@code result} or
 * {@code error}). The {@code "jsonrpc"} member is neither required nor sent. Unknown top-level members (such as
 * {@code emittedAtMs}) are ignored.
 */
sealed interface JsonRpcMessage {

	/** A request the server sends to the client (approvals, user input, ...). */
	record ServerRequest(JsonNode id, String method, JsonNode params) implements JsonRpcMessage {
	}

	/** A one-way message from the server. */
	record Notification(String method, JsonNode params) implements JsonRpcMessage {
	}

	/** A successful response to one of the client's requests. */
	record Response(JsonNode id, JsonNode result) implements JsonRpcMessage {
	}

	/** An error response to one of the client's requests. */
	record ErrorResponse(JsonNode id, RpcError error) implements JsonRpcMessage {
	}

	/**
	 * Classifies a parsed line.
	 * @return the message, or {@code null} if the object is none of the four shapes
	 */
	static JsonRpcMessage decode(JsonNode node) {
		if (node == null || !node.isObject()) {
			return null;
		}
		JsonNode method = node.get("method");
		JsonNode id = node.get("id");
		JsonNode params = node.get("params");
		if (params != null && params.isNull()) {
			params = null;
		}
		boolean hasId = id != null && !id.isNull();
		if (method != null && method.isString()) {
			return hasId ? new ServerRequest(id, method.asString(), params)
					: new Notification(method.asString(), params);
		}
		if (hasId) {
			if (node.has("error")) {
				return new ErrorResponse(id, RpcError.from(node.get("error")));
			}
			if (node.has("result")) {
				return new Response(id, node.get("result"));
			}
		}
		return null;
	}

}
