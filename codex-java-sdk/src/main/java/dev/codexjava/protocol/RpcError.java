package dev.codexjava.protocol;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * The {@code error} member of a JSON-RPC error response.
 *
 * @param code the error code
 * @param message the message ({@code "unknown"} when missing)
 * @param data optional extra data, or {@code null}
 */
record RpcError(int code, String message, @Nullable JsonNode data) {

	static RpcError from(JsonNode error) {
		if (error == null || !error.isObject()) {
			return new RpcError(-32000, "Malformed JSON-RPC error response", error);
		}
		// a code outside the int range (or not a number) reads as -32000 (with a warning), never as an exception
		Integer code = Json.intValue(error, "code");
		String message = Json.text(error, "message");
		JsonNode data = error.get("data");
		return new RpcError((code != null) ? code : -32000,
				(message != null) ? message : "unknown", (data == null || data.isNull()) ? null : data);
	}

}
