package dev.codexjava.spring.ai;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadItem;

/**
 * Renders a finished turn as the tool's answer to the chat model: one JSON object with the turn's status, the agent's
 * final answer as text, and the items of the turn (commands with exit code and output, file changes, agent messages,
 * plans, sub-agent calls, image generations, reviews, ...), each without the raw wire form; a kind the SDK does not
 * model is named by its type alone. The user's own message and hook prompts are left out: the chat model (or the
 * application's hooks) wrote them.
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
		if (item instanceof ThreadItem.UserMessage || item instanceof ThreadItem.HookPrompt) {
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
		else {
			newerKind(item, node);
		}
		return node;
	}

	/**
	 * The kinds added with the full item model: their main fields; a kind this SDK does not model
	 * ({@link ThreadItem.Other}) is rendered by its type alone.
	 */
	private static void newerKind(ThreadItem item, ObjectNode node) {
		if (item instanceof ThreadItem.Plan plan) {
			node.put("text", plan.text());
		}
		else if (item instanceof ThreadItem.FunctionCallOutput output) {
			node.put("name", output.name());
			node.put("output", output.output());
		}
		else if (item instanceof ThreadItem.CollabAgentToolCall call) {
			node.put("tool", text(call.tool()));
			node.put("status", text(call.status()));
			node.put("prompt", call.prompt());
			ArrayNode receivers = node.putArray("receiverThreadIds");
			call.receiverThreadIds().forEach(receivers::add);
		}
		else if (item instanceof ThreadItem.SubAgentActivity activity) {
			node.put("kind", text(activity.kind()));
			node.put("agentPath", activity.agentPath());
		}
		else if (item instanceof ThreadItem.ImageView view) {
			node.put("path", view.path());
		}
		else if (item instanceof ThreadItem.ImageGeneration image) {
			node.put("status", image.status());
			node.put("revisedPrompt", image.revisedPrompt());
			node.put("savedPath", image.savedPath());
		}
		else if (item instanceof ThreadItem.Sleep sleep) {
			node.put("durationMs", sleep.durationMs());
		}
		else if (item instanceof ThreadItem.EnteredReviewMode review) {
			node.put("review", review.review());
		}
		else if (item instanceof ThreadItem.ExitedReviewMode review) {
			node.put("review", review.review());
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
