package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The app-server answered a request with a JSON-RPC error. Carries the wire {@code code},
 * {@code message} and optional {@code data}; subclasses name the well-known codes.
 */
public class CodexRpcException extends CodexException {

	private static final long serialVersionUID = 1L;

	private final @Nullable String method;

	private final int code;

	private final @Nullable String rpcMessage;

	private final transient @Nullable JsonNode data;

	public CodexRpcException(@Nullable String method, int code, @Nullable String rpcMessage, @Nullable JsonNode data) {
		super(describe(method, code, rpcMessage));
		this.method = method;
		this.code = code;
		this.rpcMessage = rpcMessage;
		this.data = data;
	}

	private static String describe(@Nullable String method, int code, @Nullable String rpcMessage) {
		String m = (rpcMessage == null) ? "unknown error" : rpcMessage;
		if (m.length() > 500) {
			m = m.substring(0, 500) + "…";
		}
		return (method != null ? method + " failed: " : "") + "JSON-RPC error " + code + ": " + m;
	}

	/** The request method that failed, or {@code null} if unknown. */
	public @Nullable String method() {
		return this.method;
	}

	/** The JSON-RPC error code as sent by the server. */
	public int code() {
		return this.code;
	}

	/** The server's error message, unabridged. */
	public @Nullable String rpcMessage() {
		return this.rpcMessage;
	}

	/** The optional {@code error.data} member, or {@code null}. */
	public @Nullable JsonNode data() {
		return this.data;
	}

}
