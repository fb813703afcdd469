package dev.codexjava.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.CodexException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.protocol.model.ModelInfo;
import dev.codexjava.protocol.model.ServerInfo;
import dev.codexjava.protocol.model.ThreadInfo;

/**
 * The non-blocking face of a Codex client: the same operations as {@link Codex}, returning
 * {@link CompletableFuture}s that complete on the client's worker threads. {@code codex.async()} and
 * {@link AsyncCodex#start(CodexConfig)} share one process and connection with the blocking face
 * ({@link #blocking()}).
 */
public final class AsyncCodex implements AutoCloseable {

	private final Codex blocking;

	AsyncCodex(Codex blocking) {
		this.blocking = blocking;
	}

	private ClientCore core() {
		return this.blocking.core();
	}

	/**
	 * Runs {@code call} on the connection that holds {@code threadId}: the direct one for a single server; in a pool
	 * the thread's server, found first if this client has not seen the thread.
	 */
	private <T> CompletableFuture<T> onThread(String threadId,
			java.util.function.Function<ClientCore, CompletableFuture<T>> call) {
		ServerPool pool = this.blocking.pool();
		if (pool == null) {
			return call.apply(core());
		}
		return pool.coreForThreadAsync(threadId).thenCompose(call);
	}

	/** Starts the app-server (blocking until the handshake is done) and returns its async face. */
	public static AsyncCodex start(CodexConfig config) {
		return Codex.start(config).async();
	}

	/** The blocking face over the same connection. */
	public Codex blocking() {
		return this.blocking;
	}

	/** What the server reported in the handshake. */
	public ServerInfo serverInfo() {
		return this.blocking.serverInfo();
	}

	/** The app-server's process id, if it is a local process. */
	public OptionalLong pid() {
		return this.blocking.pid();
	}

	/** Whether the app-server is running and connected. */
	public boolean isRunning() {
		return this.blocking.isRunning();
	}

	/** Turns currently running through this client. */
	public int activeTurns() {
		return this.blocking.activeTurns();
	}

	/** The app-servers this client fronts (see {@link Codex#servers()}). */
	public List<ServerStatus> servers() {
		return this.blocking.servers();
	}

	// ------------------------------------------------------------------ threads

	/** Starts a new thread with the server's defaults. */
	public CompletableFuture<CodexThread> startThread() {
		return startThread(ThreadOptions.none());
	}

	/** Starts a new thread. */
	public CompletableFuture<CodexThread> startThread(ThreadOptions options) {
		Objects.requireNonNull(options, "options");
		ServerPool pool = this.blocking.pool();
		ClientCore core = (pool != null) ? pool.placeNewThread() : core();
		return threadCall(core, "thread/start", RequestEncoder.threadStart(options), options);
	}

	/** Resumes a stored thread by id (for example after a restart). */
	public CompletableFuture<CodexThread> resumeThread(String threadId) {
		return resumeThread(threadId, ThreadOptions.none());
	}

	/** Resumes a stored thread by id with overrides. */
	public CompletableFuture<CodexThread> resumeThread(String threadId, ThreadOptions options) {
		ObjectNode params = RequestEncoder.thread(options, requireId(threadId));
		return onThread(threadId, (core) -> threadCall(core, "thread/resume", params, options));
	}

	/** Forks a thread: a new thread with a copy of its history. */
	public CompletableFuture<CodexThread> forkThread(String threadId) {
		return forkThread(threadId, ThreadOptions.none());
	}

	/** Forks a thread with overrides. */
	public CompletableFuture<CodexThread> forkThread(String threadId, ThreadOptions options) {
		ObjectNode params = RequestEncoder.thread(options, requireId(threadId));
		return onThread(threadId, (core) -> threadCall(core, "thread/fork", params, options,
				inheritedTools(core, threadId, options)));
	}

	/** Forks a thread up to a turn ({@link ForkOptions#lastTurnId()}) or whole, with the new thread's options. */
	public CompletableFuture<CodexThread> forkThread(String threadId, ForkOptions options) {
		Objects.requireNonNull(options, "options");
		ObjectNode params = RequestEncoder.fork(options, requireId(threadId));
		return onThread(threadId, (core) -> threadCall(core, "thread/fork", params, options.threadOptions(),
				inheritedTools(core, threadId, options.threadOptions())));
	}

	/**
	 * The dynamic tools a fork of {@code parentId} runs: the server offers the fork the parent's tools (and
	 * {@code thread/fork} cannot declare others), so the fork runs the parent's handlers when its options list no
	 * tools. Options that list tools are used as given (handlers for tools the server kept, e.g. when this client
	 * does not know the parent), but only tools the parent has.
	 * @return the parent's tools with the fork's approval handler, or {@code null} for the fork options' own
	 * @throws IllegalArgumentException when the options list a tool the parent does not have
	 */
	private static ThreadTools inheritedTools(ClientCore core, String parentId, ThreadOptions options) {
		if (!(core.threadHandler(parentId) instanceof ThreadTools parent)) {
			return null;
		}
		if (options.dynamicTools().isEmpty()) {
			return parent.withDelegate(
					(options.approvalHandler() != null) ? options.approvalHandler() : core.config.approvalHandler());
		}
		List<String> unknown = options.dynamicTools().stream().map(DynamicTool::name)
			.filter((name) -> !parent.names().contains(name)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("thread/fork cannot declare dynamic tools: a fork is offered the tools of "
					+ "thread " + parentId + " " + parent.names() + " only, not " + unknown
					+ " (start a new thread to offer other tools)");
		}
		return null;
	}

	/** Archives a thread. */
	public CompletableFuture<Void> archiveThread(String threadId) {
		ObjectNode params = Params.threadId(requireId(threadId));
		return onThread(threadId, (core) -> core.request("thread/archive", params).thenApply((r) -> null));
	}

	/** Restores an archived thread. */
	public CompletableFuture<CodexThread> unarchiveThread(String threadId) {
		ObjectNode params = Params.threadId(requireId(threadId));
		return onThread(threadId, (core) -> threadCall(core, "thread/unarchive", params, ThreadOptions.none()));
	}

	private CompletableFuture<CodexThread> threadCall(ClientCore core, String method, ObjectNode params,
			ThreadOptions options) {
		return threadCall(core, method, params, options, null);
	}

	/** {@code inherited}: the dynamic tools to run instead of the options' ({@code null}: the options'). */
	private CompletableFuture<CodexThread> threadCall(ClientCore core, String method, ObjectNode params,
			ThreadOptions options, ThreadTools inherited) {
		options.requireExperimentalApiFor(core.config);
		ServerPool pool = this.blocking.pool();
		return core.request(method, params).thenApply((result) -> {
			JsonNode thread = result.get("thread");
			if (thread == null || Json.text(thread, "id") == null) {
				throw new CodexException(method + " response has no thread: " + result);
			}
			ThreadInfo info = ThreadInfo.from(thread);
			if (pool != null) {
				pool.pin(info.id(), core); // affinity: every later call for this thread goes to this server
			}
			// resumed while another client's turn runs on it: this client's turns wait for its end
			core.router.observeThread(thread);
			// with dynamic tools: a handler that runs them (and passes approvals on)
			ApprovalHandler handler = (inherited != null) ? inherited
					: options.threadHandler(core.config.approvalHandler());
			core.registerThreadHandler(info.id(), handler);
			// the model the server runs the thread with: top-level in the thread/start and thread/resume results
			String model = Json.text(result, "model");
			return new CodexThread(this.blocking.threadHost(), core, info, handler,
					(model != null) ? model : info.model());
		});
	}

	/** One page of threads; {@code cursor} {@code null} for the first. */
	public CompletableFuture<ThreadPage> listThreadsPage(ThreadListOptions options, String cursor) {
		return listThreadsPage(options, cursor, ClientCore.retryAllowedHere());
	}

	private CompletableFuture<ThreadPage> listThreadsPage(ThreadListOptions options, String cursor,
			boolean retryAllowed) {
		ServerPool pool = this.blocking.pool();
		if (pool == null) {
			return listThreadsPage(core(), options, cursor, retryAllowed);
		}
		if (cursor != null) {
			throw new IllegalArgumentException("A pool returns every thread in one page: there is no next cursor");
		}
		// every server's threads, merged: one page without a cursor
		return pool.listThreads(options, (core, next) -> listThreadsPage(core, options, next, retryAllowed))
			.thenApply((threads) -> new ThreadPage(threads, null));
	}

	private CompletableFuture<ThreadPage> listThreadsPage(ClientCore core, ThreadListOptions options, String cursor,
			boolean retryAllowed) {
		ObjectNode params = RequestEncoder.threadList(options, cursor);
		return core.request("thread/list", params, retryAllowed).thenApply((result) -> {
			List<ThreadInfo> threads = new ArrayList<>();
			JsonNode data = result.get("data");
			if (data != null) {
				data.forEach((t) -> threads.add(ThreadInfo.from(t)));
			}
			return new ThreadPage(threads, Json.text(result, "nextCursor"));
		});
	}

	/** Every thread (all pages). */
	public CompletableFuture<List<ThreadInfo>> listThreads(ThreadListOptions options) {
		List<ThreadInfo> all = new ArrayList<>();
		if (this.blocking.pool() != null) {
			return listThreadsPage(options, null).thenApply(ThreadPage::threads);
		}
		// captured here: later pages are requested from worker threads
		return collectThreads(options, null, all, ClientCore.retryAllowedHere(), core().captureContext());
	}

	private CompletableFuture<List<ThreadInfo>> collectThreads(ThreadListOptions options, String cursor,
			List<ThreadInfo> all, boolean retryAllowed, CallContext context) {
		return listThreadsPage(options, cursor, retryAllowed).thenCompose((page) -> {
			all.addAll(page.threads());
			if (page.nextCursor() == null || page.threads().isEmpty()) {
				return CompletableFuture.completedFuture(List.copyOf(all));
			}
			return context.call(() -> collectThreads(options, page.nextCursor(), all, retryAllowed, context));
		});
	}

	// ------------------------------------------------------------------ models and account

	/** Every visible model (all pages). */
	public CompletableFuture<List<ModelInfo>> models() {
		return models(false);
	}

	/** Every model (all pages), hidden ones included on request. */
	public CompletableFuture<List<ModelInfo>> models(boolean includeHidden) {
		// captured here: later pages are requested from worker threads
		return collectModels(includeHidden, null, new ArrayList<>(), ClientCore.retryAllowedHere(),
				core().captureContext());
	}

	private CompletableFuture<List<ModelInfo>> collectModels(boolean includeHidden, String cursor,
			List<ModelInfo> all, boolean retryAllowed, CallContext context) {
		ObjectNode params = Params.create().put("includeHidden", includeHidden).put("cursor", cursor).node();
		return core().request("model/list", params, retryAllowed).thenCompose((result) -> {
			JsonNode data = result.get("data");
			int before = all.size();
			if (data != null) {
				data.forEach((m) -> all.add(ModelInfo.from(m)));
			}
			String next = Json.text(result, "nextCursor");
			if (next == null || all.size() == before) {
				return CompletableFuture.completedFuture(List.copyOf(all));
			}
			return context.call(() -> collectModels(includeHidden, next, all, retryAllowed, context));
		});
	}

	/** The signed-in account. */
	public CompletableFuture<AccountInfo> account() {
		return account(false);
	}

	/** The signed-in account, optionally refreshing its token. */
	public CompletableFuture<AccountInfo> account(boolean refreshToken) {
		ObjectNode params = Params.create().put("refreshToken", refreshToken).node();
		return core().request("account/read", params).thenApply(AccountInfo::from);
	}

	/** Logs in with an OpenAI API key (sent through the protocol, never logged). */
	public CompletableFuture<Void> loginApiKey(String apiKey) {
		ServerPool pool = this.blocking.pool();
		if (pool != null) {
			if (apiKey == null || apiKey.isBlank()) {
				throw new IllegalArgumentException("apiKey must not be blank");
			}
			// every server keeps its own login
			return pool.onEveryUpServer((core) -> core.loginApiKey(apiKey));
		}
		return core().loginApiKey(apiKey);
	}

	/** Starts the ChatGPT browser login; open the handle's {@code authUrl}. */
	public CompletableFuture<LoginHandle> loginChatgpt() {
		ObjectNode params = Params.create().put("type", "chatgpt").node();
		ClientCore core = core();
		return core.request("account/login/start", params)
			.thenApply((r) -> new LoginHandle(core, requireLoginId(r), Json.text(r, "authUrl"), null, null));
	}

	/** Starts the ChatGPT device-code login; show the handle's verification URL and code. */
	public CompletableFuture<LoginHandle> loginChatgptDeviceCode() {
		ObjectNode params = Params.create().put("type", "chatgptDeviceCode").node();
		ClientCore core = core();
		return core.request("account/login/start", params)
			.thenApply((r) -> new LoginHandle(core, requireLoginId(r), null, Json.text(r, "verificationUrl"),
					Json.text(r, "userCode")));
	}

	private static String requireLoginId(JsonNode result) {
		String loginId = Json.text(result, "loginId");
		if (loginId == null) {
			throw new CodexException("account/login/start response has no loginId: " + result);
		}
		return loginId;
	}

	/** Signs out. */
	public CompletableFuture<Void> logout() {
		ServerPool pool = this.blocking.pool();
		if (pool != null) {
			return pool.onEveryUpServer((core) -> core.request("account/logout", null));
		}
		return core().request("account/logout", null).thenApply((r) -> null);
	}

	// ------------------------------------------------------------------ raw

	/**
	 * Sends any app-server method (the escape hatch for the methods this SDK does not wrap).
	 * @param params a record, map, {@link JsonNode} or {@code null}; an object is required by most methods
	 */
	public CompletableFuture<JsonNode> request(String method, Object params) {
		if (method == null || method.isBlank()) {
			throw new IllegalArgumentException("method must not be blank");
		}
		JsonNode node = Json.toTree(params);
		if (node != null && !node.isObject()) {
			throw new IllegalArgumentException("params must serialise to a JSON object, got " + node.getNodeType());
		}
		String threadId = (node != null) ? Json.text(node, "threadId") : null;
		if (threadId != null && this.blocking.pool() != null) {
			// a thread-scoped call goes to the thread's server
			return onThread(threadId, (core) -> core.request(method, node));
		}
		return core().request(method, node);
	}

	/** {@link #request(String, Object)} with the result mapped onto {@code type}. */
	public <T> CompletableFuture<T> request(String method, Object params, Class<T> type) {
		return request(method, params).thenApply((r) -> Json.convert(r, type));
	}

	/**
	 * Sends a typed request (a descriptor of {@code dev.codexjava.protocol.generated.Methods}) with the client's
	 * default timeout and retries.
	 */
	public <P, R> CompletableFuture<R> request(Method<P, R> method, P params) {
		return request(method, params, RequestOptions.defaults());
	}

	/**
	 * Sends a typed request with per-call overrides of the timeout and retries. Its params are encoded and its result
	 * decoded by the SDK's lenient mapper (unknown fields kept raw). Fails with {@link IllegalStateException} for an
	 * experimental method unless the client was built with {@link CodexConfig.Builder#experimentalApi(boolean)}.
	 */
	public <P, R> CompletableFuture<R> request(Method<P, R> method, P params, RequestOptions options) {
		if (method == null || options == null) {
			throw new IllegalArgumentException("method and options must not be null");
		}
		if (method.experimental() && !this.blocking.config().experimentalApi()) {
			return CompletableFuture.failedFuture(new IllegalStateException(method.name()
					+ " is an experimental app-server method: build the client with experimentalApi(true) to use it"));
		}
		JsonNode node = Json.toTree(params);
		if (node != null && !node.isObject()) {
			return CompletableFuture.failedFuture(new IllegalArgumentException(
					"params must serialise to a JSON object, got " + node.getNodeType()));
		}
		String threadId = (node != null) ? Json.text(node, "threadId") : null;
		Function<ClientCore, CompletableFuture<JsonNode>> send = (core) -> core.request(method.name(), node,
				options.retryOrNull(), options.timeoutOrNull());
		CompletableFuture<JsonNode> raw = (threadId != null && this.blocking.pool() != null)
				? onThread(threadId, send) : send.apply(core());
		return raw.thenApply((result) -> decode(method, result));
	}

	private static <R> R decode(Method<?, R> method, JsonNode result) {
		if (method.resultType() == JsonNode.class) {
			return method.resultType().cast(result);
		}
		if (result == null || result.isNull()) {
			return null;
		}
		return Json.convert(result, method.resultType());
	}

	/** Configuration, MCP servers, skills and file search, typed and non-blocking; see {@link AsyncCodexAdmin}. */
	public AsyncCodexAdmin admin() {
		return new AsyncCodexAdmin(new TypedRequests() {
			@Override
			public <P, R> CompletableFuture<R> request(Method<P, R> method, P params) {
				return AsyncCodex.this.request(method, params);
			}

			@Override
			public CallContext captureContext() {
				return core().captureContext();
			}
		});
	}

	/** Stops the app-server (see {@link Codex#close()}). */
	@Override
	public void close() {
		this.blocking.close();
	}

	private static String requireId(String threadId) {
		if (threadId == null || threadId.isBlank()) {
			throw new IllegalArgumentException("threadId must not be blank");
		}
		return threadId;
	}

}
