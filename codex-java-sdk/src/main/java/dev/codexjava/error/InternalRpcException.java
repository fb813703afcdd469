package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC error: the server failed internally (-32603).
 */
public class InternalRpcException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	public InternalRpcException(@Nullable String method, int code, @Nullable String rpcMessage, @Nullable JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
