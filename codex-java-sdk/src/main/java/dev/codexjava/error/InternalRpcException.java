package dev.codexjava.error;

import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC error: the server failed internally (-32603).
 */
public class InternalRpcException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	public InternalRpcException(String method, int code, String rpcMessage, JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
