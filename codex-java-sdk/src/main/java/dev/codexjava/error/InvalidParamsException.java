package dev.codexjava.error;

import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC error: the parameters were rejected (-32602, or -32600 with a missing-field / invalid-type message).
 */
public class InvalidParamsException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	public InvalidParamsException(String method, int code, String rpcMessage, JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
