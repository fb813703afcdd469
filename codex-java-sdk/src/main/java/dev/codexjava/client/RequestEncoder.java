package dev.codexjava.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;

/**
 * The one place where the client's option and input types become wire params. It reads the options and writes them
 * through the protocol layer's {@link Params}; no other client class builds request JSON of its own.
 */
final class RequestEncoder {

	private RequestEncoder() {
	}

	/** {@code thread/start}, {@code thread/resume} and {@code thread/fork} params. */
	static Params thread(ThreadOptions options) {
		Params params = Params.create()
			.put("model", options.model())
			.put("modelProvider", options.modelProvider())
			.put("cwd", absolute(options.cwd()))
			.put("approvalPolicy", (options.approvalPolicy() != null) ? options.approvalPolicy().wireValue() : null)
			.put("approvalsReviewer", options.approvalsReviewer())
			.put("sandbox", (options.sandbox() != null) ? options.sandbox().wireValue() : null)
			.put("baseInstructions", options.baseInstructions())
			.put("developerInstructions", options.developerInstructions());
		if (!options.config().isEmpty()) {
			params.set("config", Json.toTree(options.config()));
		}
		return params.put("ephemeral", options.ephemeral())
			.put("personality", options.personality())
			.put("serviceTier", options.serviceTier())
			.put("serviceName", options.serviceName());
	}

	/** {@code thread/start} params: the options plus the dynamic tools (only {@code thread/start} declares them). */
	static ObjectNode threadStart(ThreadOptions options) {
		Params params = thread(options);
		if (!options.dynamicTools().isEmpty()) {
			params.putArray("dynamicTools", options.dynamicTools().stream().map(DynamicTool::toSpec).toList());
		}
		return params.node();
	}

	/** {@code thread/fork} params: the new thread's options, the thread id, and where the fork ends. */
	static ObjectNode fork(ForkOptions options, String threadId) {
		Params params = thread(options.threadOptions()).put("threadId", threadId)
			.put("lastTurnId", options.lastTurnId());
		if (options.excludeTurns()) {
			params.put("excludeTurns", Boolean.TRUE);
		}
		return params.node();
	}

	/** {@code thread/resume} or {@code thread/fork} params: the options plus the thread id. */
	static ObjectNode thread(ThreadOptions options, String threadId) {
		return thread(options).put("threadId", threadId).node();
	}

	/** {@code turn/start} params. */
	static ObjectNode turnStart(String threadId, List<Input> input, TurnOptions options) {
		Params params = Params.create().put("threadId", threadId).putArray("input", inputs(input));
		return turn(options, params).node();
	}

	/** The turn options written into {@code turn/start} params. */
	static Params turn(TurnOptions options, Params params) {
		params.put("model", options.model())
			.put("effort", options.effort())
			.put("summary", options.summary())
			.put("cwd", absolute(options.cwd()))
			.put("approvalPolicy", (options.approvalPolicy() != null) ? options.approvalPolicy().wireValue() : null);
		if (options.sandbox() != null) {
			params.putObject("sandboxPolicy", Params.create().put("type", options.sandbox().policyType()));
		}
		return params.put("personality", options.personality())
			.put("serviceTier", options.serviceTier())
			.set("outputSchema", options.outputSchema());
	}

	/** {@code thread/list} params for one page. */
	static ObjectNode threadList(ThreadListOptions options, String cursor) {
		return Params.create()
			.put("archived", options.archived())
			.put("cwd", absolute(options.cwd()))
			.put("searchTerm", options.searchTerm())
			.put("limit", options.pageSize())
			.put("sortKey", options.sortKey())
			.put("sortDirection", options.sortDirection())
			.put("cursor", cursor)
			.node();
	}

	/** The wire items of some input. */
	static List<ObjectNode> inputs(List<Input> input) {
		List<ObjectNode> items = new ArrayList<>(input.size());
		input.forEach((i) -> items.add(input(i)));
		return items;
	}

	/** The wire item of one input. */
	static ObjectNode input(Input input) {
		if (input instanceof Input.Text text) {
			return Params.create().put("type", "text").put("text", text.text()).node();
		}
		if (input instanceof Input.ImageUrl image) {
			return Params.create().put("type", "image").put("url", image.url()).node();
		}
		if (input instanceof Input.LocalImage image) {
			return Params.create().put("type", "localImage").put("path", image.path().toString()).node();
		}
		if (input instanceof Input.Skill skill) {
			return Params.create()
				.put("type", "skill")
				.put("name", skill.name())
				.put("path", skill.path().toString())
				.node();
		}
		if (input instanceof Input.Mention mention) {
			return Params.create().put("type", "mention").put("name", mention.name()).put("path", mention.path()).node();
		}
		throw new IllegalArgumentException("Unknown input " + input.getClass().getName());
	}

	private static String absolute(Path path) {
		return (path != null) ? path.toAbsolutePath().toString() : null;
	}

}
