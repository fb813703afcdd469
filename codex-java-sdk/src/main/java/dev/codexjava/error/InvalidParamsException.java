package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC error: the parameters were rejected (-32602, or -32600 with a missing-field / invalid-type message).
 */
public class InvalidParamsException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	public InvalidParamsException(@Nullable String method, int code, @Nullable String rpcMessage, @Nullable JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
