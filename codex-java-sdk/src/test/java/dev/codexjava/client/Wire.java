package dev.codexjava.client;

import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;

/** Builds app-server wire lines (results and notifications) for the fake server, shaped as codex 0.169.0 sends them. */
final class Wire {

	private Wire() {
	}

	/** {@code {"thread":{"id":...}}}: the result of thread/start, resume, fork. */
	static String threadResult(String threadId) {
		return "{\"thread\":{\"id\":" + Json.write(threadId) + ",\"status\":{\"type\":\"idle\"},\"ephemeral\":false}}";
	}

	/** {@code {"turn":{"id":...,"status":"inProgress"}}}: the result of turn/start. */
	static String turnResult(String turnId) {
		return "{\"turn\":{\"id\":" + Json.write(turnId) + ",\"status\":\"inProgress\",\"items\":[],\"error\":null}}";
	}

	static String notification(String method, String paramsJson) {
		ObjectNode node = Json.object();
		node.put("method", method);
		node.set("params", Json.parse(paramsJson));
		return Json.write(node);
	}

	static String turnStarted(String threadId, String turnId) {
		ObjectNode params = Json.object();
		params.put("threadId", threadId);
		ObjectNode turn = params.putObject("turn");
		turn.put("id", turnId);
		turn.put("status", "inProgress");
		return notification("turn/started", Json.write(params));
	}

	/**
	 * {@code item/started} of the user message another client sent in its turn x9 on thread t1 (text "theirs", not
	 * what this client sends): what tells a turn of another client from this client's own.
	 */
	static String theirUserMessage() {
		return notification("item/started", "{\"threadId\":\"t1\",\"turnId\":\"x9\",\"item\":{\"type\":"
				+ "\"userMessage\",\"id\":\"i9\",\"content\":[{\"type\":\"text\",\"text\":\"theirs\","
				+ "\"text_elements\":[]}]}}");
	}

	/** {@code item/completed} for an agent message ({@code phase} may be null). */
	static String agentMessage(String threadId, String turnId, String itemId, String phase, String text) {
		ObjectNode params = Json.object();
		params.put("threadId", threadId);
		params.put("turnId", turnId);
		ObjectNode item = params.putObject("item");
		item.put("type", "agentMessage");
		item.put("id", itemId);
		item.put("text", text);
		if (phase != null) {
			item.put("phase", phase);
		}
		else {
			item.putNull("phase");
		}
		return notification("item/completed", Json.write(params));
	}

	static String agentDelta(String threadId, String turnId, String itemId, String delta) {
		ObjectNode params = Json.object();
		params.put("threadId", threadId);
		params.put("turnId", turnId);
		params.put("itemId", itemId);
		params.put("delta", delta);
		return notification("item/agentMessage/delta", Json.write(params));
	}

	/** {@code thread/tokenUsage/updated} with the brief's numbers for {@code last}. */
	static String tokenUsage(String threadId, String turnId) {
		return notification("thread/tokenUsage/updated", "{\"threadId\":" + Json.write(threadId) + ",\"turnId\":"
				+ Json.write(turnId) + ",\"tokenUsage\":{"
				+ "\"total\":{\"inputTokens\":110,\"cachedInputTokens\":20,\"outputTokens\":50,"
				+ "\"reasoningOutputTokens\":10,\"totalTokens\":160},"
				+ "\"last\":{\"inputTokens\":10,\"cachedInputTokens\":2,\"outputTokens\":5,"
				+ "\"reasoningOutputTokens\":1,\"totalTokens\":15},\"modelContextWindow\":272000}}");
	}

	/** {@code turn/completed} with status completed. */
	static String turnCompleted(String threadId, String turnId) {
		return turnCompleted(threadId, turnId, "completed", "null");
	}

	static String turnCompleted(String threadId, String turnId, String status, String errorJson) {
		return notification("turn/completed",
				"{\"threadId\":" + Json.write(threadId) + ",\"turn\":{\"id\":" + Json.write(turnId) + ",\"status\":"
						+ Json.write(status) + ",\"error\":" + errorJson
						+ ",\"startedAt\":1,\"completedAt\":2,\"durationMs\":1000}}");
	}

	static String overloadedTurn(String threadId, String turnId) {
		return turnCompleted(threadId, turnId, "failed",
				"{\"message\":\"Selected model is at capacity.\",\"codexErrorInfo\":\"serverOverloaded\"}");
	}

}
