package dev.codexjava.protocol.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.CollabAgentState;
import dev.codexjava.protocol.generated.CollabAgentTool;
import dev.codexjava.protocol.generated.CollabAgentToolCallStatus;
import dev.codexjava.protocol.generated.HookPromptFragment;
import dev.codexjava.protocol.generated.ImageGenerationFailure;
import dev.codexjava.protocol.generated.SubAgentActivityKind;

/**
 * Reads {@link ThreadItem}s from the wire (an {@code item/started} or {@code item/completed} notification's
 * {@code item}, or the {@code items} of a turn in a thread's history), strictly about JSON types and leniently about
 * numbers: a string, boolean, array or object field of the wrong JSON type turns the item into
 * {@link ThreadItem.Other} (logged at debug level); a mistyped or out-of-range number reads as {@code null} (as
 * {@link Json#longValue} does). Never throws.
 */
public final class ThreadItemReader {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(ThreadItemReader.class);

		private Logs() {
		}

	}

	private ThreadItemReader() {
	}

	/**
	 * Reads an item; never fails: unknown items become {@link ThreadItem.Other}, and so do items of a known type with
	 * a field of the wrong JSON type (logged at debug level), a non-object and {@code null} (whose
	 * {@link ThreadItem#raw()} is then the JSON {@code null}, never a Java {@code null}). Numbers are read leniently:
	 * a mistyped or out-of-range number is {@code null}.
	 */
	public static ThreadItem read(@Nullable JsonNode item) {
		String type = (item != null && item.get("type") != null && item.get("type").isString())
				? item.get("type").asString() : null;
		String id = Json.text(item, "id");
		if (type == null) {
			// raw() is never null: a missing item reads as the JSON null
			return new ThreadItem.Other("unknown", id, (item != null) ? item : NullNode.getInstance());
		}
		try {
			return known(type, id, item);
		}
		catch (Malformed ex) {
			Logs.log.debug("Reading a {} item ({}) as Other: {}", type, id, ex.getMessage());
			return new ThreadItem.Other(type, id, item);
		}
		catch (RuntimeException ex) {
			// a nested record that does not decode, or anything else unexpected: never fail the reader thread
			Logs.log.debug("Reading a {} item ({}) as Other: {}", type, id, ex.getClass().getSimpleName());
			return new ThreadItem.Other(type, id, item);
		}
	}

	private static ThreadItem known(String type, String unchecked, JsonNode item) {
		String id = text(item, "id");
		switch (type) {
			case "userMessage":
				return new ThreadItem.UserMessage(id, joinedText(array(item, "content")), item);
			case "hookPrompt":
				return new ThreadItem.HookPrompt(id, objects(item, "fragments", HookPromptFragment.class), item);
			case "agentMessage":
				return new ThreadItem.AgentMessage(id, text(item, "text"), text(item, "phase"), item);
			case "functionCallOutput":
				return new ThreadItem.FunctionCallOutput(id, text(item, "name"), text(item, "namespace"),
						outputText(item.get("output")), item);
			case "plan":
				return new ThreadItem.Plan(id, text(item, "text"), item);
			case "reasoning":
				return new ThreadItem.Reasoning(id, strings(array(item, "summary")), item);
			case "commandExecution":
				return new ThreadItem.CommandExecution(id, text(item, "command"), text(item, "cwd"),
						text(item, "status"), Json.intValue(item, "exitCode"), text(item, "aggregatedOutput"),
						Json.countValue(item, "durationMs"), item);
			case "fileChange":
				return new ThreadItem.FileChange(id, text(item, "status"), array(item, "changes"), item);
			case "mcpToolCall":
				return new ThreadItem.McpToolCall(id, text(item, "server"), text(item, "tool"),
						text(item, "status"), item);
			case "dynamicToolCall": {
				JsonNode content = array(item, "contentItems");
				return new ThreadItem.DynamicToolCall(id, text(item, "tool"), text(item, "namespace"),
						item.get("arguments"), text(item, "status"), bool(item, "success"),
						(content != null) ? joinedText(content) : null, Json.countValue(item, "durationMs"), item);
			}
			case "collabAgentToolCall":
				return new ThreadItem.CollabAgentToolCall(id, openEnum(item, "tool", CollabAgentTool::of),
						openEnum(item, "status", CollabAgentToolCallStatus::of), text(item, "senderThreadId"),
						stringList(array(item, "receiverThreadIds")), text(item, "prompt"), text(item, "model"),
						agentStates(item), item);
			case "subAgentActivity":
				return new ThreadItem.SubAgentActivity(id, openEnum(item, "kind", SubAgentActivityKind::of),
						text(item, "agentPath"), text(item, "agentThreadId"), text(item, "model"), item);
			case "webSearch":
				return new ThreadItem.WebSearch(id, text(item, "query"), item);
			case "imageView":
				return new ThreadItem.ImageView(id, text(item, "path"), item);
			case "sleep":
				return new ThreadItem.Sleep(id, Json.countValue(item, "durationMs"), item);
			case "imageGeneration":
				return new ThreadItem.ImageGeneration(id, text(item, "status"), text(item, "revisedPrompt"),
						text(item, "savedPath"), object(item, "failure", ImageGenerationFailure.class), item);
			case "enteredReviewMode":
				return new ThreadItem.EnteredReviewMode(id, text(item, "review"), item);
			case "exitedReviewMode":
				return new ThreadItem.ExitedReviewMode(id, text(item, "review"), item);
			case "contextCompaction":
				return new ThreadItem.ContextCompaction(id, item);
			default:
				return new ThreadItem.Other(type, unchecked, item);
		}
	}

	/** The field if it is present and not null, else {@code null}. */
	private static JsonNode field(JsonNode item, String name) {
		JsonNode value = item.get(name);
		return (value == null || value.isNull()) ? null : value;
	}

	private static String text(JsonNode item, String name) {
		JsonNode value = field(item, name);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw new Malformed(name, "a string", value);
		}
		return value.asString();
	}

	private static Boolean bool(JsonNode item, String name) {
		JsonNode value = field(item, name);
		if (value == null) {
			return null;
		}
		if (!value.isBoolean()) {
			throw new Malformed(name, "a boolean", value);
		}
		return value.asBoolean();
	}

	private static JsonNode array(JsonNode item, String name) {
		JsonNode value = field(item, name);
		if (value != null && !value.isArray()) {
			throw new Malformed(name, "an array", value);
		}
		return value;
	}

	private static <T> T openEnum(JsonNode item, String name, Function<String, T> of) {
		String value = text(item, name);
		return (value != null) ? of.apply(value) : null;
	}

	private static <T> T object(JsonNode item, String name, Class<T> type) {
		JsonNode value = field(item, name);
		if (value == null) {
			return null;
		}
		if (!value.isObject()) {
			throw new Malformed(name, "an object", value);
		}
		try {
			return Json.convert(value, type);
		}
		catch (IllegalArgumentException ex) {
			throw new Malformed(name, "a " + type.getSimpleName(), value);
		}
	}

	private static <T> List<T> objects(JsonNode item, String name, Class<T> type) {
		JsonNode array = array(item, name);
		List<T> out = new ArrayList<>();
		if (array != null) {
			for (JsonNode element : array) {
				if (!element.isObject()) {
					throw new Malformed(name, "an array of objects", array);
				}
				try {
					out.add(Json.convert(element, type));
				}
				catch (IllegalArgumentException ex) {
					throw new Malformed(name, "an array of " + type.getSimpleName(), array);
				}
			}
		}
		return List.copyOf(out);
	}

	private static Map<String, CollabAgentState> agentStates(JsonNode item) {
		JsonNode states = field(item, "agentsStates");
		if (states == null) {
			return Map.of();
		}
		if (!states.isObject()) {
			throw new Malformed("agentsStates", "an object", states);
		}
		Map<String, CollabAgentState> out = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : states.properties()) {
			out.put(entry.getKey(), object(states, entry.getKey(), CollabAgentState.class));
		}
		return Collections.unmodifiableMap(out);
	}

	private static List<String> stringList(JsonNode array) {
		List<String> out = new ArrayList<>();
		if (array != null) {
			for (JsonNode value : array) {
				if (!value.isString()) {
					throw new Malformed("element", "a string", value);
				}
				out.add(value.asString());
			}
		}
		return List.copyOf(out);
	}

	/** Reasoning summaries: strings, or parts with a {@code text}. */
	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		if (array != null) {
			for (JsonNode value : array) {
				String text = value.isString() ? value.asString() : Json.text(value, "text");
				if (text != null) {
					out.add(text);
				}
			}
		}
		return List.copyOf(out);
	}

	/** The {@code text} of the parts joined with new lines; {@code null} without parts. */
	private static String joinedText(JsonNode parts) {
		if (parts == null) {
			return null;
		}
		// one text part (a prompt, nearly always): that text itself, no builder nor copy
		String first = null;
		StringBuilder sb = null;
		for (int i = 0; i < parts.size(); i++) {
			String text = Json.text(parts.get(i), "text");
			if (text == null) {
				continue;
			}
			if (first == null) {
				first = text;
				continue;
			}
			if (sb == null) {
				sb = new StringBuilder(first);
			}
			if (sb.length() > 0) {
				sb.append('\n');
			}
			sb.append(text);
		}
		return (sb != null) ? sb.toString() : (first != null) ? first : "";
	}

	/** A function call output: a plain string or an array of content items. */
	private static String outputText(JsonNode output) {
		if (output == null || output.isNull()) {
			return null;
		}
		if (output.isString()) {
			return output.asString();
		}
		if (output.isArray()) {
			return joinedText(output);
		}
		throw new Malformed("output", "a string or an array", output);
	}

	/** A field of the wrong JSON type; the item is read as {@link ThreadItem.Other}. */
	private static final class Malformed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Malformed(String field, String expected, JsonNode value) {
			super("'" + field + "' is not " + expected + " but " + value.getNodeType(), null, false, false);
		}

	}

}
