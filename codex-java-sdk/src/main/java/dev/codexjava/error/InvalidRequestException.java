package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC error: -32600 (Invalid request). Codex 0.169.0 uses this code for most misuse: unknown thread ids, wrong state, experimental fields without opt-in.
 */
public class InvalidRequestException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	public InvalidRequestException(@Nullable String method, int code, @Nullable String rpcMessage, @Nullable JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
