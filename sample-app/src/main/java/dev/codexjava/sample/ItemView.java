package dev.codexjava.sample;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.model.ThreadItem;

/**
 * A compact view of a {@link ThreadItem} for the event stream: what the page shows of each of the protocol's item
 * kinds (messages, reasoning, commands, file changes, tool calls, web searches, plans, sub-agents, images, reviews,
 * ...). Fields that do not apply are left out of the JSON.
 *
 * @param id the item id
 * @param type the wire type, e.g. {@code agentMessage}, {@code commandExecution}, {@code mcpToolCall}
 * @param status {@code inProgress}, {@code completed}, {@code failed}, {@code declined}, ... or {@code null}
 * @param text a message's, reasoning summary's, plan's, hook prompt's or review's text, or a prompt
 * @param command a command line
 * @param exitCode a command's exit code
 * @param output a command's or tool call's output
 * @param files a file change's files, as {@code path (kind)}
 * @param summary one line saying what the item is about when it is not a command or a file change: the tool
 * called, the search query, the image's path, the sub-agent, ...
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemView(String id, String type, String status, String text, String command, Integer exitCode,
		String output, List<String> files, String summary) {

	/**
	 * The view of {@code item}.
	 * @param item an item of a turn
	 * @return its view
	 */
	public static ItemView of(ThreadItem item) {
		if (item instanceof ThreadItem.UserMessage message) {
			return text(message, message.text());
		}
		if (item instanceof ThreadItem.AgentMessage message) {
			return text(message, message.text());
		}
		if (item instanceof ThreadItem.Reasoning reasoning) {
			return text(reasoning, String.join("\n", reasoning.summary()));
		}
		if (item instanceof ThreadItem.CommandExecution command) {
			return new ItemView(command.id(), command.type(), command.status(), null, command.command(),
					command.exitCode(), command.aggregatedOutput(), null, null);
		}
		if (item instanceof ThreadItem.FileChange change) {
			return new ItemView(change.id(), change.type(), change.status(), null, null, null, null,
					files(change.changes()), null);
		}
		if (item instanceof ThreadItem.McpToolCall call) {
			return summary(call, call.status(), call.server() + "/" + call.tool());
		}
		if (item instanceof ThreadItem.DynamicToolCall call) {
			String tool = (call.namespace() != null) ? call.namespace() + "." + call.tool() : call.tool();
			return new ItemView(call.id(), call.type(), call.status(), null, null, null, call.output(), null, tool);
		}
		if (item instanceof ThreadItem.FunctionCallOutput output) {
			String name = (output.namespace() != null) ? output.namespace() + "." + output.name() : output.name();
			return new ItemView(output.id(), output.type(), null, null, null, null, output.output(), null, name);
		}
		if (item instanceof ThreadItem.WebSearch search) {
			return summary(search, null, search.query());
		}
		if (item instanceof ThreadItem.HookPrompt hook) {
			return text(hook, hook.text());
		}
		if (item instanceof ThreadItem.Plan plan) {
			return text(plan, plan.text());
		}
		if (item instanceof ThreadItem.CollabAgentToolCall call) {
			String what = value(call.tool()) + ((call.model() != null) ? " (" + call.model() + ")" : "");
			return new ItemView(call.id(), call.type(), value(call.status()), call.prompt(), null, null, null, null,
					what);
		}
		if (item instanceof ThreadItem.SubAgentActivity activity) {
			String agent = (activity.agentPath() != null) ? activity.agentPath() : activity.agentThreadId();
			return summary(activity, value(activity.kind()), agent);
		}
		if (item instanceof ThreadItem.ImageView image) {
			return summary(image, null, image.path());
		}
		if (item instanceof ThreadItem.ImageGeneration image) {
			return new ItemView(image.id(), image.type(), image.status(), image.revisedPrompt(), null, null, null,
					null, image.savedPath());
		}
		if (item instanceof ThreadItem.Sleep sleep) {
			return summary(sleep, null, (sleep.durationMs() != null) ? sleep.durationMs() + " ms" : null);
		}
		if (item instanceof ThreadItem.EnteredReviewMode review) {
			return text(review, review.review());
		}
		if (item instanceof ThreadItem.ExitedReviewMode review) {
			return text(review, review.review());
		}
		if (item instanceof ThreadItem.ContextCompaction compaction) {
			return summary(compaction, null, "context compacted");
		}
		return new ItemView(item.id(), item.type(), text(item.raw().get("status")), null, null, null, null, null,
				null);
	}

	private static ItemView text(ThreadItem item, String text) {
		return new ItemView(item.id(), item.type(), null, text, null, null, null, null, null);
	}

	private static ItemView summary(ThreadItem item, String status, String summary) {
		return new ItemView(item.id(), item.type(), status, null, null, null, null, null, summary);
	}

	/** The wire value of one of the protocol's open enumerations (a record with {@code value()}), or null. */
	private static String value(Object openEnum) {
		return (openEnum != null) ? openEnum.toString() : null;
	}

	private static List<String> files(JsonNode changes) {
		List<String> files = new ArrayList<>();
		if (changes != null && changes.isArray()) {
			for (JsonNode change : changes) {
				String path = text(change.get("path"));
				JsonNode kind = change.get("kind");
				String kindText = (kind != null && kind.isObject()) ? text(kind.get("type")) : text(kind);
				files.add((path != null ? path : "?") + ((kindText != null) ? " (" + kindText + ")" : ""));
			}
		}
		return List.copyOf(files);
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : null;
	}

}
