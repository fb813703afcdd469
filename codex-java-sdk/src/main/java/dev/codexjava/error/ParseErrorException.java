package dev.codexjava.error;

import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC error: the server could not parse the request (-32700).
 */
public class ParseErrorException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	public ParseErrorException(String method, int code, String rpcMessage, JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
