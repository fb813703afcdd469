package dev.codexjava.sample;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.model.ThreadItem;

/**
 * A compact view of a {@link ThreadItem} for the event stream: what the page shows of an agent message, a command
 * or a file change. Fields that do not apply are left out of the JSON.
 *
 * @param id the item id
 * @param type the wire type, e.g. {@code agentMessage}, {@code commandExecution}, {@code fileChange}
 * @param status {@code inProgress}, {@code completed}, {@code failed}, {@code declined}, or {@code null}
 * @param text an agent message's text
 * @param command a command line
 * @param exitCode a command's exit code
 * @param output a command's output
 * @param files a file change's files, as {@code path (kind)}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemView(String id, String type, String status, String text, String command, Integer exitCode,
		String output, List<String> files) {

	/**
	 * The view of {@code item}.
	 * @param item an item of a turn
	 * @return its view
	 */
	public static ItemView of(ThreadItem item) {
		if (item instanceof ThreadItem.AgentMessage message) {
			return new ItemView(message.id(), message.type(), null, message.text(), null, null, null, null);
		}
		if (item instanceof ThreadItem.CommandExecution command) {
			return new ItemView(command.id(), command.type(), command.status(), null, command.command(),
					command.exitCode(), command.aggregatedOutput(), null);
		}
		if (item instanceof ThreadItem.FileChange change) {
			return new ItemView(change.id(), change.type(), change.status(), null, null, null, null,
					files(change.changes()));
		}
		if (item instanceof ThreadItem.Reasoning reasoning) {
			return new ItemView(reasoning.id(), reasoning.type(), null, String.join("\n", reasoning.summary()), null,
					null, null, null);
		}
		return new ItemView(item.id(), item.type(), text(item.raw().get("status")), null, null, null, null, null);
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
