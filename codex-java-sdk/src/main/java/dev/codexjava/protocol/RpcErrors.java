package dev.codexjava.protocol;

import java.util.Locale;

import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.CodexRpcException;
import dev.codexjava.error.InternalRpcException;
import dev.codexjava.error.InvalidParamsException;
import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.error.MethodNotFoundException;
import dev.codexjava.error.ParseErrorException;
import dev.codexjava.error.ServerBusyException;

/**
 * Maps JSON-RPC errors to the SDK's exception types. Codex 0.169.0 answers most misuse with {@code -32600}, so the
 * message is used where it reliably tells the cases apart.
 */
@API(status = API.Status.INTERNAL)
public final class RpcErrors {

	private RpcErrors() {
	}

	/** Builds the exception for an error response to {@code method}. */
	public static CodexRpcException toException(String method, RpcError error) {
		int code = error.code();
		String message = error.message();
		JsonNode data = error.data();
		if (code == ServerBusyException.CODE || looksOverloaded(data)) {
			return new ServerBusyException(method, code, message, data);
		}
		switch (code) {
			case -32700:
				return new ParseErrorException(method, code, message, data);
			case -32601:
				return new MethodNotFoundException(method, code, message, data);
			case -32602:
				return new InvalidParamsException(method, code, message, data);
			case -32603:
				return new InternalRpcException(method, code, message, data);
			case -32600:
				return invalidRequest(method, code, message, data);
			default:
				return new CodexRpcException(method, code, message, data);
		}
	}

	private static CodexRpcException invalidRequest(String method, int code, String message, JsonNode data) {
		String m = (message != null) ? message : "";
		// serde's message when the method name itself is unknown lists every method, starting with `initialize`
		if (m.startsWith("Invalid request: unknown variant") && m.contains("expected one of `initialize`")) {
			return new MethodNotFoundException(method, code, message, data);
		}
		if (m.startsWith("Invalid request: missing field") || m.startsWith("Invalid request: invalid type")
				|| m.startsWith("Invalid request: unknown variant") || m.startsWith("Invalid request: invalid value")) {
			return new InvalidParamsException(method, code, message, data);
		}
		return new InvalidRequestException(method, code, message, data);
	}

	private static boolean isOverloadMarker(String text) {
		return text.toLowerCase(Locale.ROOT).replace("_", "").equals("serveroverloaded");
	}

	/**
	 * Whether error data marks an overload: {@code serverOverloaded} / {@code server_overloaded} as a string, as the
	 * value of {@code codexErrorInfo}/{@code codex_error_info}/{@code errorInfo}, or anywhere nested; or a
	 * {@code reason} of the app-server's own queue-saturation kinds with {@code retryable: true}.
	 */
	public static boolean looksOverloaded(JsonNode data) {
		if (data == null || data.isNull()) {
			return false;
		}
		if (data.isString()) {
			return isOverloadMarker(data.asString());
		}
		if (data.isObject()) {
			JsonNode retryable = data.get("retryable");
			if (retryable != null && retryable.asBoolean(false) && data.hasNonNull("reason")) {
				return true;
			}
			for (JsonNode value : data.values()) {
				if (looksOverloaded(value)) {
					return true;
				}
			}
			for (String name : data.propertyNames()) {
				if (isOverloadMarker(name)) {
					return true;
				}
			}
			return false;
		}
		if (data.isArray()) {
			for (JsonNode value : data.values()) {
				if (looksOverloaded(value)) {
					return true;
				}
			}
		}
		return false;
	}

}
