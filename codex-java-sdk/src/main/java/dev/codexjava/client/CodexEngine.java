package dev.codexjava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.NotificationType;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.protocol.model.ModelInfo;
import dev.codexjava.protocol.model.ServerInfo;
import dev.codexjava.protocol.model.ThreadInfo;
import dev.codexjava.transport.RemoteEndpoint;
import dev.codexjava.transport.Transport;

/**
 * The one implementation behind both faces of a client ({@link Codex}, blocking; {@link AsyncCodex}, non-blocking):
 * the lifecycle of its app-server ({@link ServerConnection}) or of its pool of app-servers ({@link ServerPool}), and
 * every operation (threads, listing, models, account, requests, subscriptions, commands) as a future, routed to the
 * server that holds the thread. The faces only forward; the blocking one waits for the futures ({@link Futures}).
 * Threads ({@link CodexThread}) see the engine through {@link ThreadHost}.
 */
final class CodexEngine {

	private final CodexConfig config;

	/** The one app-server, or {@code null} for a pool. */
	private final ServerConnection connection;

	/** The servers of a pool ({@link CodexConfig#servers()}), or {@code null} for the direct path of one server. */
	private final ServerPool pool;

	/** The typed subscribers ({@link #subscribe}); outlive restarts and are fed by every server of a pool. */
	private final Subscriptions subscriptions = new Subscriptions();

	/** The turn running on each thread id, whichever {@link CodexThread} object started it. */
	private final ThreadTurns threadTurns = new ThreadTurns();

	private final ThreadHost threadHost = new ThreadHost() {

		@Override
		public ClientCore coreFor(String threadId) {
			return CodexEngine.this.coreFor(threadId);
		}

		@Override
		public ThreadTurns threadTurns() {
			return CodexEngine.this.threadTurns;
		}

		@Override
		public <P> Subscription subscribe(NotificationType<P> type, String threadId, Consumer<? super P> subscriber) {
			return CodexEngine.this.subscribe(type, threadId, subscriber);
		}

		@Override
		public <P, R> R request(Method<P, R> method, P params) {
			return Futures.await(CodexEngine.this.request(method, params, RequestOptions.defaults()));
		}

		@Override
		public CompletableFuture<OpenedThread> forkThread(String threadId, ForkOptions options) {
			return CodexEngine.this.openFork(threadId, options);
		}

		@Override
		public void resumeFailed(String threadId, ClientCore core) {
			if (CodexEngine.this.pool != null) {
				CodexEngine.this.pool.moveFailed(threadId, core);
			}
		}

	};

	/**
	 * @param transport a given transport (never restarted), or {@code null}
	 * @param transports a new transport per start, or {@code null}; both {@code null}: the configured process,
	 * endpoint or pool
	 */
	CodexEngine(CodexConfig config, Transport transport, Supplier<Transport> transports) {
		this.config = Objects.requireNonNull(config, "config");
		if (!config.servers().isEmpty() && (transport != null || transports != null)) {
			throw new IllegalArgumentException("A client over a given transport cannot have servers (a pool)");
		}
		this.pool = config.servers().isEmpty() ? null : new ServerPool(config, this.subscriptions);
		this.connection = (this.pool != null) ? null
				: new ServerConnection(config, transport, transports, this.subscriptions);
	}

	// ------------------------------------------------------------------ lifecycle

	CodexConfig config() {
		return this.config;
	}

	void start() {
		if (this.pool != null) {
			this.pool.start();
		}
		else {
			this.connection.start();
		}
	}

	CompletableFuture<Void> startAsync() {
		return (this.pool != null) ? this.pool.startAsync() : this.connection.startAsync();
	}

	void restart() {
		if (this.pool != null) {
			this.pool.restart();
		}
		else {
			this.connection.restart();
		}
	}

	void close() {
		if (this.pool != null) {
			this.pool.close();
		}
		else {
			this.connection.close();
		}
	}

	/** The one app-server's lifecycle, or {@code null} for a pool. */
	ServerConnection connection() {
		return this.connection;
	}

	/** The pool, or {@code null} for one server. */
	ServerPool pool() {
		return this.pool;
	}

	boolean isRestarting() {
		return (this.pool != null) ? this.pool.isRestarting() : this.connection.isRestarting();
	}

	Optional<TransportClosedException> closedReason() {
		return (this.pool != null) ? this.pool.closedReason() : this.connection.closedReason();
	}

	/**
	 * A connection for a call that every server answers alike. While a start or a restart after a crash is in
	 * progress, waits for it, so calls made meanwhile go to the new process.
	 */
	ClientCore core() {
		return (this.pool != null) ? this.pool.anyCore() : this.connection.core();
	}

	/** The connection for a call on {@code threadId}: the one server's, or the pool's server that holds the thread. */
	ClientCore coreFor(String threadId) {
		return (this.pool != null) ? this.pool.coreForThread(threadId) : core();
	}

	ServerInfo serverInfo() {
		return core().serverInfo();
	}

	String serverVersion() {
		if (this.pool != null) {
			for (ServerPool.Member member : this.pool.members()) {
				if (member.isUp()) {
					return member.connection().serverVersion();
				}
			}
			return null;
		}
		return this.connection.serverVersion();
	}

	OptionalLong pid() {
		return (this.pool != null) ? OptionalLong.empty() : this.connection.pid();
	}

	boolean isRunning() {
		return (this.pool != null) ? this.pool.isRunning() : this.connection.isRunning();
	}

	boolean isServerReady() {
		RemoteEndpoint endpoint = this.config.endpoint();
		return (endpoint != null) ? endpoint.isReady(Supervisor.READY_PROBE_TIMEOUT) : isRunning();
	}

	int activeTurns() {
		return (this.pool != null) ? this.pool.activeTurns() : this.connection.activeTurns();
	}

	List<ServerStatus> servers() {
		if (this.pool != null) {
			return this.pool.statuses();
		}
		return List.of(this.connection.status("default",
				(this.config.endpoint() != null) ? this.config.endpoint().uri().toString() : "local", 0));
	}

	Duration ping(Duration timeout) {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("ping timeout must be positive, was " + timeout);
		}
		return (this.pool != null) ? this.pool.ping(timeout) : this.connection.ping(timeout);
	}

	/**
	 * Runs {@code call} on the connection that holds {@code threadId}: the direct one for a single server; in a pool
	 * the thread's server, found first if this client has not seen the thread.
	 */
	private <T> CompletableFuture<T> onThread(String threadId, Function<ClientCore, CompletableFuture<T>> call) {
		if (this.pool == null) {
			return call.apply(core());
		}
		return this.pool.coreForThreadAsync(threadId).thenCompose(call);
	}

	// ------------------------------------------------------------------ threads

	/** The requests that create a thread (a late answer's thread is unsubscribed, see {@link #open}). */
	private static final Set<String> CREATES_THREAD = Set.of("thread/start", "thread/fork");

	CompletableFuture<CodexThread> startThread(ThreadOptions options) {
		Objects.requireNonNull(options, "options");
		ClientCore core = (this.pool != null) ? this.pool.placeNewThread() : core();
		return threadCall(core, "thread/start", RequestEncoder.threadStart(options), options);
	}

	CompletableFuture<CodexThread> resumeThread(String threadId, ThreadOptions options) {
		ObjectNode params = RequestEncoder.thread(options, requireId(threadId));
		return onThread(threadId, (core) -> threadCall(core, "thread/resume", params, options));
	}

	CompletableFuture<CodexThread> forkThread(String threadId, ThreadOptions options) {
		ObjectNode params = RequestEncoder.thread(options, requireId(threadId));
		return onThread(threadId, (core) -> open(core, "thread/fork", params, options,
				inheritedTools(core, threadId, options))).thenApply(this::thread);
	}

	CompletableFuture<CodexThread> forkThread(String threadId, ForkOptions options) {
		return openFork(threadId, options).thenApply(this::thread);
	}

	/** {@link #forkThread(String, ForkOptions)} before the result becomes a {@link CodexThread}. */
	private CompletableFuture<OpenedThread> openFork(String threadId, ForkOptions options) {
		Objects.requireNonNull(options, "options");
		ObjectNode params = RequestEncoder.fork(options, requireId(threadId));
		return onThread(threadId, (core) -> open(core, "thread/fork", params, options.threadOptions(),
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

	CompletableFuture<Void> archiveThread(String threadId) {
		ObjectNode params = Params.threadId(requireId(threadId));
		return onThread(threadId, (core) -> core.request("thread/archive", params).thenApply((r) -> null));
	}

	CompletableFuture<CodexThread> unarchiveThread(String threadId) {
		ObjectNode params = Params.threadId(requireId(threadId));
		return onThread(threadId, (core) -> threadCall(core, "thread/unarchive", params, ThreadOptions.none()));
	}

	private CompletableFuture<CodexThread> threadCall(ClientCore core, String method, ObjectNode params,
			ThreadOptions options) {
		return open(core, method, params, options, null).thenApply(this::thread);
	}

	private CodexThread thread(OpenedThread opened) {
		return new CodexThread(this.threadHost, opened);
	}

	/** {@code inherited}: the dynamic tools to run instead of the options' ({@code null}: the options'). */
	private CompletableFuture<OpenedThread> open(ClientCore core, String method, ObjectNode params,
			ThreadOptions options, ThreadTools inherited) {
		options.requireExperimentalApiFor(core.config);
		ServerPool pool = this.pool;
		// a thread/start or thread/fork answered after its timeout created a thread nobody knows: unsubscribed then
		CompletableFuture<JsonNode> answer = CREATES_THREAD.contains(method) ? core.requestCreatingThread(method, params)
				: core.request(method, params);
		return answer.thenApply((result) -> {
			JsonNode thread = result.get("thread");
			if (thread == null || Json.text(thread, "id") == null) {
				throw new CodexException(method + " response has no thread: " + result);
			}
			ThreadInfo info = ThreadInfo.from(thread);
			if (pool != null) {
				pool.pin(info.id(), core); // affinity: every later call for this thread goes to this server
			}
			// resumed while another client's turn runs on it: the router recorded it from the answer (onAnswer), and
			// this client's turns wait for its end
			// with dynamic tools: a handler that runs them (and passes approvals on)
			ApprovalHandler handler = (inherited != null) ? inherited
					: options.threadHandler(core.config.approvalHandler());
			core.registerThreadHandler(info.id(), handler);
			// the model the server runs the thread with: top-level in the thread/start and thread/resume results
			String model = Json.text(result, "model");
			return new OpenedThread(core, info, handler, (model != null) ? model : info.model());
		});
	}

	// ------------------------------------------------------------------ listing

	/** One page of threads; {@code cursor} {@code null} for the first. */
	CompletableFuture<ThreadPage> listThreadsPage(ThreadListOptions options, String cursor) {
		return listThreadsPage(options, cursor, ClientCore.retryAllowedHere());
	}

	private CompletableFuture<ThreadPage> listThreadsPage(ThreadListOptions options, String cursor,
			boolean retryAllowed) {
		if (this.pool == null) {
			return listThreadsPage(core(), options, cursor, retryAllowed);
		}
		if (cursor != null) {
			throw new IllegalArgumentException("A pool returns every thread in one page: there is no next cursor");
		}
		// every server's threads, merged: one page without a cursor
		return this.pool.listThreads(options, (core, next) -> listThreadsPage(core, options, next, retryAllowed))
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
	CompletableFuture<List<ThreadInfo>> listThreads(ThreadListOptions options) {
		List<ThreadInfo> all = new ArrayList<>();
		if (this.pool != null) {
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

	/** Every model (all pages), hidden ones included on request. */
	CompletableFuture<List<ModelInfo>> models(boolean includeHidden) {
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

	CompletableFuture<AccountInfo> account(boolean refreshToken) {
		ObjectNode params = Params.create().put("refreshToken", refreshToken).node();
		return core().request("account/read", params).thenApply(AccountInfo::from);
	}

	CompletableFuture<Void> loginApiKey(String apiKey) {
		if (this.pool != null) {
			if (apiKey == null || apiKey.isBlank()) {
				throw new IllegalArgumentException("apiKey must not be blank");
			}
			// every server keeps its own login
			return this.pool.onEveryUpServer((core) -> core.loginApiKey(apiKey));
		}
		return core().loginApiKey(apiKey);
	}

	CompletableFuture<LoginHandle> loginChatgpt() {
		ObjectNode params = Params.create().put("type", "chatgpt").node();
		ClientCore core = core();
		return core.request("account/login/start", params)
			.thenApply((r) -> new LoginHandle(core, requireLoginId(r), Json.text(r, "authUrl"), null, null));
	}

	CompletableFuture<LoginHandle> loginChatgptDeviceCode() {
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

	CompletableFuture<Void> logout() {
		if (this.pool != null) {
			return this.pool.onEveryUpServer((core) -> core.request("account/logout", null));
		}
		return core().request("account/logout", null).thenApply((r) -> null);
	}

	// ------------------------------------------------------------------ subscriptions and commands

	<P> Subscription subscribe(NotificationType<P> type, String threadId, Consumer<? super P> subscriber) {
		Objects.requireNonNull(type, "type");
		if (type.experimental() && !this.config.experimentalApi()) {
			throw new IllegalStateException(type.name()
					+ " is an experimental app-server notification: build the client with experimentalApi(true)");
		}
		return this.subscriptions.subscribe(type, threadId, subscriber);
	}

	CommandExecution exec(List<String> command, CommandOptions options, Consumer<? super CommandOutput> output) {
		return CommandExecution.start(core(), this.subscriptions, command, options, output);
	}

	// ------------------------------------------------------------------ raw and typed requests

	/** Any method, raw; a thread-scoped call (params name a {@code threadId}) goes to the thread's server. */
	CompletableFuture<JsonNode> request(String method, Object params) {
		if (method == null || method.isBlank()) {
			throw new IllegalArgumentException("method must not be blank");
		}
		JsonNode node = Json.toTree(params);
		if (node != null && !node.isObject()) {
			throw new IllegalArgumentException("params must serialise to a JSON object, got " + node.getNodeType());
		}
		String threadId = (node != null) ? Json.text(node, "threadId") : null;
		if (threadId != null && this.pool != null) {
			// a thread-scoped call goes to the thread's server
			return onThread(threadId, (core) -> core.request(method, node));
		}
		return core().request(method, node);
	}

	/** {@link #request(String, Object)} with the result mapped onto {@code type}. */
	<T> CompletableFuture<T> request(String method, Object params, Class<T> type) {
		return request(method, params).thenApply((r) -> Json.convert(r, type));
	}

	/** A typed request with per-call overrides of the timeout and retries. */
	<P, R> CompletableFuture<R> request(Method<P, R> method, P params, RequestOptions options) {
		if (method == null || options == null) {
			throw new IllegalArgumentException("method and options must not be null");
		}
		if (method.experimental() && !this.config.experimentalApi()) {
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
		CompletableFuture<JsonNode> raw = (threadId != null && this.pool != null) ? onThread(threadId, send)
				: send.apply(core());
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

	private static String requireId(String threadId) {
		if (threadId == null || threadId.isBlank()) {
			throw new IllegalArgumentException("threadId must not be blank");
		}
		return threadId;
	}

	@Override
	public String toString() {
		if (this.pool != null) {
			return "Codex[servers=" + this.pool.members().stream().map(ServerPool.Member::name).toList()
					+ ", running=" + isRunning() + "]";
		}
		return "Codex[pid=" + pid() + ", running=" + isRunning() + "]";
	}

}
