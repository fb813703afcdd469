package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC error: the method does not exist on this server (-32601, or -32600 with an 'unknown variant' message naming the method list).
 */
public class MethodNotFoundException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	public MethodNotFoundException(@Nullable String method, int code, @Nullable String rpcMessage, @Nullable JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
