package dev.codexjava.spring.ai;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadItem;

/**
 * Renders a finished turn as the tool's answer to the chat model: one JSON object with the turn's status, the agent's
 * final answer as text, and the items of the turn (commands with exit code and output, file changes, agent messages,
 * ...), each without the raw wire form. The user's own message is left out: the chat model wrote it.
 */
final class CodexToolResults {

	private CodexToolResults() {
	}

	static String render(TurnResult result) {
		ObjectNode answer = Json.object();
		answer.put("status", result.status().wireValue());
		answer.put("threadId", result.threadId());
		answer.put("turnId", result.id());
		answer.put("finalResponse", result.finalResponse());
		ArrayNode items = answer.putArray("items");
		for (ThreadItem item : result.items()) {
			ObjectNode node = item(item);
			if (node != null) {
				items.add(node);
			}
		}
		return Json.write(answer);
	}

	private static ObjectNode item(ThreadItem item) {
		if (item instanceof ThreadItem.UserMessage) {
			return null;
		}
		ObjectNode node = Json.object();
		node.put("type", item.type());
		if (item instanceof ThreadItem.AgentMessage message) {
			node.put("text", message.text());
			node.put("phase", message.phase());
		}
		else if (item instanceof ThreadItem.Reasoning reasoning) {
			ArrayNode summary = node.putArray("summary");
			reasoning.summary().forEach(summary::add);
		}
		else if (item instanceof ThreadItem.CommandExecution command) {
			node.put("command", command.command());
			node.put("cwd", command.cwd());
			node.put("status", command.status());
			node.put("exitCode", command.exitCode());
			node.put("output", command.aggregatedOutput());
		}
		else if (item instanceof ThreadItem.FileChange change) {
			node.put("status", change.status());
			node.set("changes", change.changes());
		}
		else if (item instanceof ThreadItem.McpToolCall call) {
			node.put("server", call.server());
			node.put("tool", call.tool());
			node.put("status", call.status());
		}
		else if (item instanceof ThreadItem.DynamicToolCall call) {
			node.put("tool", call.tool());
			node.put("status", call.status());
			node.put("success", call.success());
			node.put("output", call.output());
		}
		else if (item instanceof ThreadItem.WebSearch search) {
			node.put("query", search.query());
		}
		return node;
	}

}
