package dev.codexjava.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the SDK ({@code codex-java-sdk}) uses of the app-server protocol, in one place: each method,
 * notification and server request, with the params fields it writes or reads and the result fields it reads or writes.
 * {@link SchemaDriftTest} checks it against every tested version's schema, and against the SDK's sources (every
 * method literal and JSON field name there must be listed here, and everything listed here must occur there), so it
 * cannot go stale silently. A field path is dot-separated ({@code thread.id}); arrays are implicit; {@code *} is any
 * key; a trailing {@code ?} marks a field the SDK reads only when present, with a fallback (reported, never required).
 */
final class ProtocolSurface {

	/** Who sends the message, and the schema file that lists its methods. */
	enum Kind {

		/** A request the SDK sends. */
		CLIENT_REQUEST("ClientRequest.json", "client request"),

		/** A notification the SDK sends. */
		CLIENT_NOTIFICATION("ClientNotification.json", "client notification"),

		/** A notification the SDK reads. */
		SERVER_NOTIFICATION("ServerNotification.json", "notification"),

		/** A request the server sends and the SDK answers. */
		SERVER_REQUEST("ServerRequest.json", "server request");

		private final String file;

		private final String label;

		Kind(String file, String label) {
			this.file = file;
			this.label = label;
		}

		String file() {
			return this.file;
		}

		String label() {
			return this.label;
		}

	}

	/**
	 * One method the SDK uses.
	 * @param kind who sends it
	 * @param method the method name
	 * @param params params fields the SDK writes (requests, client notifications) or reads (notifications, server
	 * requests)
	 * @param result result fields the SDK reads (client requests) or writes (server requests)
	 * @param responseType the schema type of the result when it is not named after the params type
	 * @param since the first codex version that has it, when that is newer than the pinned one (typed in
	 * {@code dev.codexjava.protocol.newer}); {@code null}: every tested version
	 */
	record Item(Kind kind, String method, List<String> params, List<String> result, String responseType,
			String since) {

		Item params(String... paths) {
			return new Item(this.kind, this.method, List.of(paths), this.result, this.responseType, this.since);
		}

		Item result(String... paths) {
			return new Item(this.kind, this.method, this.params, List.of(paths), this.responseType, this.since);
		}

		Item responseType(String type) {
			return new Item(this.kind, this.method, this.params, this.result, type, this.since);
		}

		Item since(String version) {
			return new Item(this.kind, this.method, this.params, this.result, this.responseType, version);
		}

		/** Whether a tested version is expected to have it. */
		boolean expectedIn(String version) {
			return this.since == null || Versions.compare(version, this.since) >= 0;
		}

	}

	private static final String[] THREAD_OPTIONS = { "model", "modelProvider", "cwd", "approvalPolicy",
			"approvalsReviewer", "sandbox", "baseInstructions", "developerInstructions", "config", "ephemeral",
			"personality", "serviceTier", "serviceName" };

	/** What {@code ThreadInfo.from} reads from a thread object (with the prefix). */
	private static String[] thread(String prefix) {
		return prefixed(prefix, "id", "name", "preview", "model", "modelProvider", "cwd", "status.type", "ephemeral",
				"createdAt", "updatedAt");
	}

	/** What {@code Turn.from} reads (with {@code TurnError} and {@code CodexErrorInfo}). */
	private static final String[] TURN = prefixed("turn", "id", "status", "startedAt", "completedAt", "durationMs",
			"error.message", "error.codexErrorInfo", "error.codexErrorInfo.*.httpStatusCode", "error.additionalDetails");

	/**
	 * What {@code ThreadItemReader.read} reads, per item type ({@code fragments}, {@code failure} and the values of
	 * {@code agentsStates} are decoded through generated records, so their fields are not SDK literals).
	 */
	private static final String[] ITEM = prefixed("item", "type", "id", "content.type", "content.text", "text", "phase",
			"summary", "exitCode", "command", "cwd", "status", "aggregatedOutput", "durationMs", "changes", "server",
			"tool", "query", "review?", "arguments", "namespace", "success", "contentItems.text", "fragments", "name",
			"output", "senderThreadId", "receiverThreadIds", "prompt", "model", "agentsStates", "kind", "agentPath",
			"agentThreadId", "path", "revisedPrompt", "savedPath", "failure");

	private static final String[] DELTA = { "threadId", "turnId", "itemId", "delta" };

	/** Every protocol item the SDK uses. */
	static final List<Item> ITEMS = List.of(
			// the handshake
			request("initialize")
				.params("clientInfo.name", "clientInfo.title", "clientInfo.version", "capabilities.experimentalApi",
						"capabilities.optOutNotificationMethods")
				.result("userAgent", "serverInfo.version?", "codexHome", "platformFamily", "platformOs"),
			item(Kind.CLIENT_NOTIFICATION, "initialized"),
			// threads
			// (NotificationRouter.observeThread reads a running turn from the answer's thread.turns)
			// dynamicTools: experimental (sent only with experimentalApi(true) and tools set); its spec's fields are
			// written through the generated DynamicToolSpec record, so they are not SDK literals
			request("thread/start").params(concat(THREAD_OPTIONS, "dynamicTools.type?", "dynamicTools.name?",
					"dynamicTools.description?", "sessionStartSource", "threadSource"))
				.result(concat(thread("thread"), "model", "thread.turns.id", "thread.turns.status")),
			request("thread/resume").params(concat(THREAD_OPTIONS, "threadId"))
				.result(concat(thread("thread"), "model", "thread.turns.id", "thread.turns.status")),
			request("thread/fork").params(concat(THREAD_OPTIONS, "threadId", "lastTurnId", "excludeTurns", "threadSource"))
				.result(concat(thread("thread"), "model", "thread.turns.id", "thread.turns.status")),
			request("thread/archive").params("threadId"),
			// (also generated: CodexThread.unsubscribe; the late answer to a timed-out thread/start or fork sends it raw)
			request("thread/unsubscribe").params("threadId"),
			request("thread/unarchive").params("threadId").result(thread("thread")),
			request("thread/list")
				.params("archived", "cwd", "searchTerm", "limit", "sortKey", "sortDirection", "cursor", "modelProviders",
						"sourceKinds", "excludedThreadIds", "originators", "currentAccountOnly", "useStateDbOnly")
				.result(concat(thread("data"), "nextCursor")),
			request("thread/read").params("threadId", "includeTurns").result(thread("thread")),
			request("thread/loaded/list").params("limit"),
			request("thread/name/set").params("threadId", "name"),
			request("thread/compact/start").params("threadId"),
			request("thread/goal/set").params("threadId", "objective", "status"),
			request("thread/goal/clear").params("threadId"),
			// turns
			request("turn/start")
				.params("threadId", "input.type", "input.text", "input.url", "input.path", "input.name", "model",
						"effort", "summary", "cwd", "approvalPolicy", "sandboxPolicy.type", "sandboxPolicy.writableRoots",
						"sandboxPolicy.networkAccess", "approvalsReviewer", "personality", "serviceTier", "outputSchema")
				.result("turn.id"),
			request("turn/steer").params("threadId", "expectedTurnId", "input.type", "input.text"),
			request("turn/interrupt").params("threadId", "turnId"),
			// review and standalone commands: params and results are generated records (command/exec/outputDelta is
			// read through Notifications.COMMAND_EXEC_OUTPUT_DELTA); only the names the client code spells are listed
			request("review/start").params("threadId").result("turn.id"),
			request("command/exec"),
			request("command/exec/terminate"),
			request("command/exec/write"),
			// models and account
			request("model/list")
				.params("includeHidden", "cursor")
				.result("data.id", "data.model", "data.displayName", "data.description", "data.hidden",
						"data.isDefault", "data.defaultReasoningEffort", "nextCursor"),
			request("account/read")
				.params("refreshToken")
				.result("account.type", "account.email", "account.planType", "requiresOpenaiAuth"),
			request("account/login/start").params("type", "apiKey").result("loginId", "authUrl", "verificationUrl",
					"userCode"),
			request("account/login/cancel").params("loginId"),
			request("account/logout").responseType("LogoutAccountResponse"),
			// notifications a turn reads (NotificationRouter routes each by threadId and turnId or turn.id)
			notification("turn/started").params(concat(TURN, "threadId", "turn.rootTurnId?")),
			notification("turn/completed").params(concat(TURN, "threadId", "turn.rootTurnId?")),
			notification("item/started").params(concat(ITEM, "threadId", "turnId")),
			notification("item/completed").params(concat(ITEM, "threadId", "turnId")),
			notification("item/agentMessage/delta").params(DELTA),
			notification("item/reasoning/summaryTextDelta").params(DELTA),
			notification("item/reasoning/textDelta").params(DELTA),
			notification("item/commandExecution/outputDelta").params(DELTA),
			notification("thread/tokenUsage/updated").params("threadId", "turnId", "tokenUsage.last.inputTokens",
					"tokenUsage.last.cachedInputTokens", "tokenUsage.last.outputTokens",
					"tokenUsage.last.reasoningOutputTokens", "tokenUsage.last.totalTokens", "tokenUsage.total",
					"tokenUsage.modelContextWindow"),
			notification("error").params("threadId", "turnId", "willRetry", "error.message",
					"error.codexErrorInfo", "error.additionalDetails"),
			notification("thread/goal/updated").params("threadId", "turnId", "goal.status"),
			notification("thread/goal/cleared").params("threadId"),
			// turns other clients run on a thread this client holds (NotificationRouter.trackForeign)
			notification("thread/status/changed").params("threadId", "status.type"),
			// the end of a thread on the server (NotificationRouter's threadEnded)
			notification("thread/closed").params("threadId"),
			notification("thread/archived").params("threadId"),
			notification("thread/deleted").params("threadId"),
			notification("account/login/completed").params("loginId", "success", "error"),
			// named by the line parser's shared method constants (ProtocolLineParser) and, for the rate limits, by the
			// router, which lets the parser skip building it when no listener or subscriber reads it; no field read
			notification("account/rateLimits/updated"),
			notification("warning"),
			notification("configWarning"),
			notification("thread/started"),
			// server requests the SDK answers
			serverRequest("item/commandExecution/requestApproval")
				.params("threadId", "turnId", "itemId", "command", "cwd", "reason", "kind", "availableDecisions?")
				.result("decision", "decision.acceptWithExecpolicyAmendment.execpolicy_amendment",
						"decision.applyNetworkPolicyAmendment.network_policy_amendment"),
			serverRequest("item/fileChange/requestApproval").params("threadId", "turnId", "itemId", "reason", "grantRoot")
				.result("decision"),
			serverRequest("item/permissions/requestApproval").params("threadId", "turnId").result("permissions"),
			serverRequest("item/tool/requestUserInput").params("threadId", "turnId").result("answers.*.answers"),
			serverRequest("item/tool/call").params("threadId", "turnId", "tool", "namespace", "arguments")
				.result("contentItems.type", "contentItems.text", "success"),
			serverRequest("mcpServer/elicitation/request").params("threadId", "turnId").result("action"),
			serverRequest("account/chatgptAuthTokens/refresh"),
			serverRequest("attestation/generate"),
			serverRequest("currentTime/read").result("currentTimeAt"),
			serverRequest("execCommandApproval").result("decision"),
			serverRequest("applyPatchApproval").result("decision"),
			// newer than the pinned binary, typed by hand in dev.codexjava.protocol.newer (NewerProtocolTest); the
			// result of modelProvider/default/set has no schema type (the server answers a ConfigWriteResponse)
			request("modelProvider/default/set").params("providerId").since("0.171.0"),
			notification("thread/search/partial").params("requestId", "data.snippet", "data.thread")
				.since("0.171.0"));

	/**
	 * String literals in the SDK that look like method names but are not protocol methods, each with the reason.
	 */
	static final Map<String, String> NOT_PROTOCOL_METHODS = Map.of(
			"goal/turn/started", "GoalRun's own event name for a goal's later turns (TurnEvent.Other)",
			"goal/turn/completed", "GoalRun's own event name for a goal's later turns (TurnEvent.Other)");

	/** JSON field names in the SDK's sources that are not protocol fields of a listed method, with the reason. */
	static final Map<String, String> NOT_PROTOCOL_FIELDS = Map.ofEntries(
			Map.entry("id", "JSON-RPC envelope"),
			Map.entry("method", "JSON-RPC envelope"), Map.entry("params", "JSON-RPC envelope"),
			Map.entry("result", "JSON-RPC envelope"), Map.entry("error", "JSON-RPC envelope"),
			Map.entry("code", "JSON-RPC error object"), Map.entry("message", "JSON-RPC error object"),
			Map.entry("data", "JSON-RPC error object"),
			Map.entry("retryable", "overload detection in a JSON-RPC error's data (RpcErrors), not in the schema"),
			Map.entry("reason", "overload detection in a JSON-RPC error's data (RpcErrors), not in the schema"),
			Map.entry("type", "JSON Schema keyword (JsonSchemas builds structured-output schemas)"),
			Map.entry("items", "JSON Schema keyword (JsonSchemas)"), Map.entry("enum", "JSON Schema keyword (JsonSchemas)"),
			Map.entry("properties", "JSON Schema keyword (JsonSchemas)"),
			Map.entry("required", "JSON Schema keyword (JsonSchemas)"),
			Map.entry("additionalProperties", "JSON Schema keyword (JsonSchemas)"),
			Map.entry("anyOf", "JSON Schema keyword (JsonSchemas)"),
			Map.entry("PATH", "environment variable (BinaryResolver, StdioProcessTransport)"),
			Map.entry("CODEX_HOME", "environment variable"),
			Map.entry("web_search", "config.toml key, sent in thread/start's config overrides (ThreadOptions.webSearch)"));

	/**
	 * Fields the SDK sends that no tested version's schema has for that method (so the server ignores them), with
	 * the reason; reported as "no", not failed on. Each is a finding to fix in the SDK, not to hide: a new gap fails
	 * the test.
	 */
	static final Map<String, String> KNOWN_GAPS = Map.of(
			"thread/resume params ephemeral", "ThreadOptions.writeTo sends every option to start, resume and fork",
			"thread/resume params serviceName", "ThreadOptions.writeTo sends every option to start, resume and fork",
			"thread/fork params personality", "ThreadOptions.writeTo sends every option to start, resume and fork",
			"thread/fork params serviceName", "ThreadOptions.writeTo sends every option to start, resume and fork",
			"currentTime/read  null", "experimental server request: only a client with experimentalApi(true) gets it",
			"currentTime/read result currentTimeAt", "experimental server request (ApprovalHandler.onCurrentTimeRead)");

	private ProtocolSurface() {
	}

	private static Item item(Kind kind, String method) {
		return new Item(kind, method, List.of(), List.of(), null, null);
	}

	private static Item request(String method) {
		return item(Kind.CLIENT_REQUEST, method);
	}

	private static Item notification(String method) {
		return item(Kind.SERVER_NOTIFICATION, method);
	}

	private static Item serverRequest(String method) {
		return item(Kind.SERVER_REQUEST, method);
	}

	private static String[] prefixed(String prefix, String... paths) {
		String[] out = new String[paths.length];
		for (int i = 0; i < paths.length; i++) {
			out[i] = prefix + "." + paths[i];
		}
		return out;
	}

	private static String[] concat(String[] first, String... more) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

}
