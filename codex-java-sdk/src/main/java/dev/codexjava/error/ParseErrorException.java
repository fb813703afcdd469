package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC error: the server could not parse the request (-32700).
 */
public class ParseErrorException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	public ParseErrorException(@Nullable String method, int code, @Nullable String rpcMessage, @Nullable JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
