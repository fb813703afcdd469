package dev.codexjava.error;

import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC error: -32600 (Invalid request). Codex 0.169.0 uses this code for most misuse: unknown thread ids, wrong state, experimental fields without opt-in.
 */
public class InvalidRequestException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	public InvalidRequestException(String method, int code, String rpcMessage, JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
