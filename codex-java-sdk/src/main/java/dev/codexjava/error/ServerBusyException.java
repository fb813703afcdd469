package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The app-server is overloaded ({@code -32001 "Server overloaded; retry later."}, or an error whose data marks
 * {@code serverOverloaded}). Safe to retry with backoff: the request was not accepted. The SDK retries these
 * automatically according to its {@code RetryPolicy}; when attempts run out the caller gets this exception.
 */
public class ServerBusyException extends CodexRpcException {

	private static final long serialVersionUID = 1L;

	/** The app-server's overload code. */
	public static final int CODE = -32001;

	public ServerBusyException(@Nullable String method, int code, @Nullable String rpcMessage, @Nullable JsonNode data) {
		super(method, code, rpcMessage, data);
	}

}
