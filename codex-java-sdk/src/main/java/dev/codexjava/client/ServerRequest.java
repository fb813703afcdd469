package dev.codexjava.client;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Method;

/**
 * A request from the server as the raw-JSON handler methods see it ({@link ApprovalHandler#onOtherRequest}, the
 * deprecated raw permission, user-input and elicitation methods): its method, the thread and turn it belongs to when
 * known, and its params. {@link #paramsAs(Class)} reads the params as a typed protocol record.
 *
 * @param method the request method
 * @param threadId the thread, or {@code null}
 * @param turnId the turn, or {@code null}
 * @param params the params as received
 */
public record ServerRequest(String method, @Nullable String threadId, @Nullable String turnId,
		@Nullable JsonNode params) {

	static ServerRequest of(String method, JsonNode params) {
		return new ServerRequest(method, Json.text(params, "threadId"), Json.text(params, "turnId"), params);
	}

	/** The request for typed params (the raw form of a typed handler call). */
	static <P> ServerRequest typed(Method<P, ?> method, P params) {
		return of(method.name(), Json.toTree(params));
	}

	/**
	 * The params as a typed protocol record, for example
	 * {@code request.paramsAs(ServerRequests.ITEM_TOOL_CALL.paramsType())}.
	 * @throws IllegalArgumentException if they do not fit the type
	 */
	public <P> P paramsAs(Class<P> type) {
		return Json.convertParams(this.params, type);
	}

}
