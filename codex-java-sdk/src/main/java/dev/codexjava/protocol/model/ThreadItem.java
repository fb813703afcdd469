package dev.codexjava.protocol.model;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

/**
 * One item of a thread's history: a user message, an agent message, reasoning, a command execution, a file change,
 * an MCP tool call, a dynamic tool call, a web search, or any other kind the server sends ({@link Other}, kept raw). Every variant keeps
 * its full {@link #raw()} JSON, so nothing the server sends is lost even when this SDK does not model it.
 */
public sealed interface ThreadItem {

	/** The item id. */
	String id();

	/** The wire {@code type} (e.g. {@code agentMessage}); also written as {@code "type"} when an item is serialized. */
	@com.fasterxml.jackson.annotation.JsonProperty("type")
	String type();

	/** The item exactly as received. */
	JsonNode raw();

	/** A message the user sent; {@code text} joins the text parts. */
	record UserMessage(String id, String text, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "userMessage";
		}
	}

	/**
	 * A message from the agent.
	 * @param phase {@code final_answer}, {@code commentary}, {@code partial_answer} or {@code null}
	 */
	record AgentMessage(String id, String text, String phase, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "agentMessage";
		}
	}

	/** The model's reasoning summary. */
	record Reasoning(String id, List<String> summary, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "reasoning";
		}
	}

	/**
	 * A shell command the agent ran (or wanted to run).
	 * @param status {@code inProgress}, {@code completed}, {@code failed} or {@code declined}
	 */
	record CommandExecution(String id, String command, String cwd, String status, Integer exitCode,
			String aggregatedOutput, Long durationMs, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "commandExecution";
		}
	}

	/** A set of file edits; {@code changes} is the raw list of changes. */
	record FileChange(String id, String status, JsonNode changes, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "fileChange";
		}
	}

	/** A call to an MCP server's tool. */
	record McpToolCall(String id, String server, String tool, String status, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "mcpToolCall";
		}
	}

	/**
	 * A call of a dynamic tool (a tool the client defined; <b>experimental</b>).
	 * @param namespace the tool's namespace, or {@code null}
	 * @param arguments the arguments the model passed
	 * @param status {@code inProgress}, {@code completed} or {@code failed}
	 * @param success whether the tool reported success ({@code null} while in progress)
	 * @param output the text of the tool's output items joined with new lines ({@code null} while in progress)
	 */
	record DynamicToolCall(String id, String tool, String namespace, JsonNode arguments, String status, Boolean success,
			String output, Long durationMs, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "dynamicToolCall";
		}
	}

	/** A web search. */
	record WebSearch(String id, String query, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "webSearch";
		}
	}

	/** Any item type this SDK does not model, delivered raw. */
	record Other(String type, String id, JsonNode raw) implements ThreadItem {
	}

	/** Reads an item; never fails (unknown or malformed items become {@link Other}). */
	static ThreadItem from(JsonNode item) {
		String type = Json.text(item, "type");
		String id = Json.text(item, "id");
		if (type == null) {
			return new Other("unknown", id, item);
		}
		switch (type) {
			case "userMessage":
				return new UserMessage(id, joinUserText(item.get("content")), item);
			case "agentMessage":
				return new AgentMessage(id, Json.text(item, "text"), Json.text(item, "phase"), item);
			case "reasoning":
				return new Reasoning(id, strings(item.get("summary")), item);
			case "commandExecution": {
				return new CommandExecution(id, Json.text(item, "command"), Json.text(item, "cwd"),
						Json.text(item, "status"), Json.intValue(item, "exitCode"), Json.text(item, "aggregatedOutput"),
						Json.countValue(item, "durationMs"), item);
			}
			case "fileChange":
				return new FileChange(id, Json.text(item, "status"), item.get("changes"), item);
			case "mcpToolCall":
				return new McpToolCall(id, Json.text(item, "server"), Json.text(item, "tool"),
						Json.text(item, "status"), item);
			case "webSearch":
				return new WebSearch(id, Json.text(item, "query"), item);
			case "dynamicToolCall": {
				JsonNode success = item.get("success");
				JsonNode content = item.get("contentItems");
				return new DynamicToolCall(id, Json.text(item, "tool"), Json.text(item, "namespace"),
						item.get("arguments"), Json.text(item, "status"),
						(success != null && success.isBoolean()) ? success.asBoolean() : null,
						(content != null && content.isArray()) ? joinUserText(content) : null,
						Json.countValue(item, "durationMs"), item);
			}
			default:
				return new Other(type, id, item);
		}
	}

	private static String joinUserText(JsonNode content) {
		if (content == null || !content.isArray()) {
			return null;
		}
		StringBuilder sb = new StringBuilder();
		for (JsonNode part : content) {
			String text = Json.text(part, "text");
			if (text != null) {
				if (sb.length() > 0) {
					sb.append('\n');
				}
				sb.append(text);
			}
		}
		return sb.toString();
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		if (array != null && array.isArray()) {
			for (JsonNode value : array) {
				if (value.isString()) {
					out.add(value.asString());
				}
				else {
					String text = Json.text(value, "text");
					if (text != null) {
						out.add(text);
					}
				}
			}
		}
		return List.copyOf(out);
	}

}
