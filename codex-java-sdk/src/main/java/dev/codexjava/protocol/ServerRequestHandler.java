package dev.codexjava.protocol;

import tools.jackson.databind.JsonNode;

/**
 * Answers requests the app-server sends to the client (approvals, user input, elicitation, ...). Runs on a worker
 * thread, never on the reader thread, so it may block or call the client. Returning a value sends it as
 * {@code result}; throwing {@link dev.codexjava.error.CodexRpcException} sends a JSON-RPC error with its code; any
 * other exception sends {@code -32603}.
 */
@FunctionalInterface
public interface ServerRequestHandler {

	/**
	 * Handles one server request.
	 * @param method the request method
	 * @param params the params (may be {@code null})
	 * @return the result to send (not {@code null})
	 */
	JsonNode handle(String method, JsonNode params);

}
