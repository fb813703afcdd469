package dev.codexjava.client;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.generated.ThreadSourceKind;

/**
 * The one place where the client's option and input types become wire params. It reads the options and writes them
 * through the protocol layer's {@link Params}; no other client class builds request JSON of its own.
 */
final class RequestEncoder {

	private RequestEncoder() {
	}

	/**
	 * The result of a command approval (the protocol's {@code CommandExecutionRequestApprovalResponse}): its
	 * {@code decision} is a text, or a one-field object for a decision with a policy amendment.
	 */
	static JsonNode commandApproval(CommandDecision decision) {
		Params result = Params.create();
		if (decision instanceof CommandDecision.AcceptWithExecpolicyAmendment accept) {
			result.putObject("decision", Params.create()
				.putObject("acceptWithExecpolicyAmendment",
						Params.create().set("execpolicy_amendment", Params.texts(accept.execpolicyAmendment()))));
		}
		else if (decision instanceof CommandDecision.ApplyNetworkPolicyAmendment network) {
			result.putObject("decision", Params.create()
				.putObject("applyNetworkPolicyAmendment", Params.create()
					.set("network_policy_amendment", Json.toTree(network.networkPolicyAmendment()))));
		}
		else {
			result.put("decision", decision.kind());
		}
		return result.node();
	}

	/** The result of a file-change approval (the protocol's {@code FileChangeRequestApprovalResponse}). */
	static JsonNode fileChangeApproval(ApprovalDecision decision) {
		return Params.create().put("decision", decision.wireValue()).node();
	}

	/** The result of a legacy v1 approval that denies it ({@code ExecCommandApprovalResponse}'s shape). */
	static JsonNode legacyDenied() {
		return Params.create().put("decision", "denied").node();
	}

	/** The result of {@code currentTime/read}. */
	static JsonNode currentTime(Instant now) {
		return Params.create().put("currentTimeAt", now.getEpochSecond()).node();
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
		Map<String, Object> config = threadConfig(options);
		if (!config.isEmpty()) {
			params.set("config", Json.toTree(config));
		}
		return params.put("ephemeral", options.ephemeral())
			.put("personality", options.personality())
			.put("serviceTier", options.serviceTier())
			.put("serviceName", options.serviceName());
	}

	/**
	 * The {@code config} overrides of a thread: the options' own ones, then the sandbox and web search settings the
	 * protocol carries only as config ({@code sandbox_workspace_write.*}, {@code web_search}).
	 */
	private static Map<String, Object> threadConfig(ThreadOptions options) {
		Map<String, Object> config = new LinkedHashMap<>(options.config());
		if (!options.writableRoots().isEmpty()) {
			config.put("sandbox_workspace_write.writable_roots",
					options.writableRoots().stream().map(RequestEncoder::absolute).toList());
		}
		if (options.networkAccess() != null) {
			config.put("sandbox_workspace_write.network_access", options.networkAccess());
		}
		if (options.webSearch() != null) {
			config.put("web_search", options.webSearch().value());
		}
		return config;
	}

	/**
	 * {@code thread/start} params: the options plus what only {@code thread/start} declares (dynamic tools,
	 * {@code sessionStartSource}, {@code threadSource}).
	 */
	static ObjectNode threadStart(ThreadOptions options) {
		Params params = thread(options)
			.put("sessionStartSource",
					(options.sessionStartSource() != null) ? options.sessionStartSource().value() : null)
			.put("threadSource", options.threadSource());
		if (!options.dynamicTools().isEmpty()) {
			params.putArray("dynamicTools", options.dynamicTools().stream().map(DynamicTool::toSpec).toList());
		}
		return params.node();
	}

	/** {@code thread/fork} params: the new thread's options, the thread id, and where the fork ends. */
	static ObjectNode fork(ForkOptions options, String threadId) {
		Params params = thread(options.threadOptions()).put("threadId", threadId)
			.put("lastTurnId", options.lastTurnId())
			.put("threadSource", options.threadOptions().threadSource());
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
			.put("approvalPolicy", (options.approvalPolicy() != null) ? options.approvalPolicy().wireValue() : null)
			.put("approvalsReviewer",
					(options.approvalsReviewer() != null) ? options.approvalsReviewer().value() : null);
		if (options.sandbox() != null) {
			Params policy = Params.create().put("type", options.sandbox().policyType());
			if (!options.writableRoots().isEmpty()) {
				policy.set("writableRoots",
						Params.texts(options.writableRoots().stream().map(RequestEncoder::absolute).toList()));
			}
			params.putObject("sandboxPolicy", policy.put("networkAccess", options.networkAccess()));
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
			.set("cwd", (options.cwds() != null)
					? Params.texts(options.cwds().stream().map(RequestEncoder::absolute).toList()) : null)
			.set("modelProviders", (options.modelProviders() != null) ? Params.texts(options.modelProviders()) : null)
			.set("sourceKinds", (options.sourceKinds() != null)
					? Params.texts(options.sourceKinds().stream().map(ThreadSourceKind::value).toList()) : null)
			.set("excludedThreadIds",
					(options.excludedThreadIds() != null) ? Params.texts(options.excludedThreadIds()) : null)
			.set("originators", (options.originators() != null) ? Params.texts(options.originators()) : null)
			.put("currentAccountOnly", options.currentAccountOnly())
			.put("useStateDbOnly", options.useStateDbOnly())
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
		for (Input i : input) {
			items.add(input(i));
		}
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
