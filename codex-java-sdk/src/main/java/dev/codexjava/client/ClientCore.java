package dev.codexjava.client;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.RpcConnection;
import dev.codexjava.protocol.RpcObserver;
import dev.codexjava.protocol.model.ServerInfo;
import dev.codexjava.transport.BinaryResolver;
import dev.codexjava.transport.ProcessLaunch;
import dev.codexjava.transport.StdioProcessTransport;
import dev.codexjava.transport.Transport;

/**
 * The engine shared by {@link Codex} and {@link AsyncCodex}: owns the process, the connection, the router, the
 * worker threads and the timers, and implements every operation asynchronously. Futures it hands out complete on its
 * callback executor, never on the reader thread.
 */
final class ClientCore {

	private static final Logger log = LoggerFactory.getLogger(ClientCore.class);

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	final CodexConfig config;

	private final List<CodexListener> listeners;

	final NotificationRouter router;

	private final ExecutorService workers;

	private final ScheduledExecutorService scheduler;

	private final ServerRequestDispatcher serverRequests;

	/** Per thread, its own approval handler; see {@link #registerThreadHandler} for when an entry goes. */
	private final Map<String, ApprovalHandler> threadHandlers = new ConcurrentHashMap<>();

	private final AtomicBoolean closed = new AtomicBoolean();

	private volatile Thread shutdownHook;

	private final java.util.Set<CompletableFuture<JsonNode>> waitingForRetry = ConcurrentHashMap.newKeySet();

	private RpcConnection connection;

	private volatile ServerInfo serverInfo;

	/** Told when the process exits while the client did not ask for it. */
	private volatile java.util.function.Consumer<TransportClosedException> crashHandler = (reason) -> {
	};

	private ClientCore(CodexConfig config, Subscriptions subscriptions) {
		this.config = config;
		this.listeners = config.listeners();
		this.router = new NotificationRouter(this.listeners, this.threadHandlers::remove, subscriptions);
		int id = CLIENTS.incrementAndGet();
		this.workers = Executors.newCachedThreadPool(daemonFactory("codex-" + id + "-worker-"));
		ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemonFactory("codex-" + id + "-timer-"));
		// every request and turn schedules a timeout that is cancelled when it ends: drop cancelled tasks at once, or
		// they (and the turn state they capture) stay queued for the whole timeout (30 min for turns)
		timer.setRemoveOnCancelPolicy(true);
		this.scheduler = timer;
		this.serverRequests = new ServerRequestDispatcher(config,
				(threadId) -> (threadId != null) ? this.threadHandlers.get(threadId) : config.approvalHandler(),
				timer, daemonFactory("codex-" + id + "-approval-"), this::eachListener);
		this.router.onAbandoned((threadId, turnId, ended) -> CodexThread.interruptAbandoned(this, threadId, turnId,
				ended, true));
	}

	private static ThreadFactory daemonFactory(String prefix) {
		AtomicInteger n = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + n.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	// ------------------------------------------------------------------ start-up

	static ClientCore start(CodexConfig config) {
		return start(config, (Subscriptions) null);
	}

	/** {@link #start(CodexConfig)} delivering notifications also to {@code subscriptions} (may be {@code null}). */
	static ClientCore start(CodexConfig config, Subscriptions subscriptions) {
		ClientCore core = new ClientCore(config, subscriptions);
		try {
			core.startProcess(core.createTransport());
			if (config.shutdownHook()) {
				core.installShutdownHook();
			}
			return core;
		}
		catch (Throwable ex) {
			// an Error too: the process, the workers and the timer must not outlive a failed start
			core.close();
			throw ex;
		}
	}

	/** Starts over a given transport (for tests and other transports). */
	static ClientCore start(CodexConfig config, Transport transport) {
		return start(config, transport, null);
	}

	/** {@link #start(CodexConfig, Transport)} delivering notifications also to {@code subscriptions}. */
	static ClientCore start(CodexConfig config, Transport transport, Subscriptions subscriptions) {
		ClientCore core = new ClientCore(config, subscriptions);
		try {
			core.startProcess(transport);
			return core;
		}
		catch (Throwable ex) {
			core.close();
			throw ex;
		}
	}

	private Transport createTransport() {
		if (this.config.endpoint() != null) {
			// a server the SDK does not own: one new connection, never a process
			return this.config.endpoint().newTransport(this.config.maxMessageBytes(), this.config.startupTimeout());
		}
		List<String> command = new ArrayList<>();
		if (this.config.launchCommand() != null) {
			// e.g. docker run -i --rm IMAGE codex app-server: the overrides go after it, app-server accepts them
			command.addAll(this.config.launchCommand());
			for (String override : this.config.configOverrides()) {
				command.add("--config");
				command.add(override);
			}
		}
		else {
			// the binary is looked up in this JVM's environment, whatever the child will inherit
			Map<String, String> lookupEnv = new HashMap<>(System.getenv());
			lookupEnv.putAll(this.config.environment());
			Path binary = BinaryResolver.resolve(this.config.codexBinary(), lookupEnv);
			command.add(binary.toString());
			for (String override : this.config.configOverrides()) {
				command.add("--config");
				command.add(override);
			}
			command.add("app-server");
			command.add("--listen");
			command.add("stdio://");
		}
		Map<String, String> env = new HashMap<>();
		if (this.config.inheritedVariables() != null) {
			for (String name : this.config.inheritedVariables()) {
				String value = System.getenv(name);
				if (value != null) {
					env.put(name, value);
				}
			}
		}
		env.putAll(this.config.environment());
		if (this.config.codexHome() != null) {
			Path home = this.config.codexHome().toAbsolutePath();
			createPrivateDirectory(home);
			env.put("CODEX_HOME", home.toString());
		}
		if (!this.config.inheritEnvironment() && !env.containsKey("PATH") && System.getenv("PATH") != null) {
			// the app-server needs PATH to run shells; it is not a secret
			env.put("PATH", System.getenv("PATH"));
		}
		ProcessLaunch launch = new ProcessLaunch(command, env, this.config.workingDirectory(),
				this.config.inheritEnvironment());
		return new StdioProcessTransport(launch, this.config.maxMessageBytes());
	}

	/** Creates a missing CODEX_HOME readable by the owner only (it will hold credentials and conversations). */
	private static void createPrivateDirectory(Path dir) {
		if (java.nio.file.Files.exists(dir)) {
			return;
		}
		try {
			if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				java.nio.file.Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions
					.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
				// createDirectories applies the umask: set the mode explicitly
				java.nio.file.Files.setPosixFilePermissions(dir,
						java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
			}
			else {
				java.nio.file.Files.createDirectories(dir);
			}
		}
		catch (java.io.IOException ex) {
			throw new CodexStartupException(Reason.PROCESS_FAILED,
					"Could not create CODEX_HOME " + dir + ": " + ex.getMessage(), ex);
		}
	}

	private void startProcess(Transport transport) {
		long startNanos = System.nanoTime();
		this.connection = new RpcConnection(transport, this.router, this.serverRequests, this.scheduler,
				new RpcObserver() {

					@Override
					public void requestCompleted(String method, Duration duration, Throwable failure) {
						ClientCore.this.requestCompleted(method, duration, failure, null);
					}

					@Override
					public void requestCompleted(String method, Duration duration, Throwable failure,
							Object attachment) {
						ClientCore.this.requestCompleted(method, duration, failure, attachment);
					}

				});
		this.connection.onClose(this::connectionClosed);
		try {
			this.connection.start();
		}
		catch (UncheckedIOException ex) {
			throw new CodexStartupException(Reason.PROCESS_FAILED,
					"Could not start the Codex app-server: " + ex.getMessage() + ". " + BinaryResolver.INSTALL_HINT,
					ex);
		}
		ObjectNode params = Json.object();
		ObjectNode clientInfo = params.putObject("clientInfo");
		clientInfo.put("name", this.config.clientName());
		if (this.config.clientTitle() != null) {
			clientInfo.put("title", this.config.clientTitle());
		}
		clientInfo.put("version", this.config.clientVersion());
		ObjectNode capabilities = params.putObject("capabilities");
		capabilities.put("experimentalApi", this.config.experimentalApi());
		if (!this.config.optOutNotificationMethods().isEmpty()) {
			ArrayNode optOut = capabilities.putArray("optOutNotificationMethods");
			this.config.optOutNotificationMethods().forEach(optOut::add);
		}
		Duration timeout = this.config.startupTimeout();
		JsonNode result;
		try {
			result = this.connection
				.request("initialize", params, timeout, requestStarted("initialize", captureContext()))
				.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CodexStartupException(Reason.PROCESS_FAILED, "Interrupted during the Codex handshake", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof CodexTimeoutException && this.config.endpoint() != null) {
				throw new CodexStartupException(Reason.HANDSHAKE_TIMEOUT, "The Codex app-server at "
						+ this.config.endpoint().uri() + " did not answer 'initialize' within " + timeout.toMillis()
						+ " ms (startupTimeout)", cause);
			}
			if (cause instanceof TransportClosedException && this.config.endpoint() != null) {
				throw new CodexStartupException(Reason.CONNECTION_FAILED, "The Codex app-server at "
						+ this.config.endpoint().uri() + " closed the connection during the handshake: "
						+ cause.getMessage(), cause);
			}
			if (cause instanceof CodexTimeoutException) {
				throw new CodexStartupException(Reason.HANDSHAKE_TIMEOUT, "The Codex app-server did not answer "
						+ "'initialize' within " + timeout.toMillis() + " ms (startupTimeout). Is the binary a "
						+ "Codex CLI that supports 'app-server'? Try running it by hand: <codex> app-server", cause);
			}
			if (cause instanceof TransportClosedException closedEx) {
				throw new CodexStartupException(Reason.PROCESS_FAILED,
						"The Codex app-server exited during start-up: " + closedEx.getMessage()
								+ "\nCheck the --config overrides and CODEX_HOME/config.toml.",
						cause);
			}
			throw new CodexStartupException(Reason.HANDSHAKE_FAILED,
					"The Codex handshake failed: " + cause.getMessage(), cause);
		}
		if (result == null || !result.isObject() || Json.text(result, "userAgent") == null) {
			throw new CodexStartupException(Reason.HANDSHAKE_FAILED,
					"The Codex app-server's initialize response lacks 'userAgent': " + result);
		}
		this.serverInfo = ServerInfo.from(result);
		String version = this.serverInfo.version();
		ServerVersionPolicy.check(version, this.serverInfo.userAgent());
		this.connection.notify("initialized", null);
		if (this.config.apiKey() != null) {
			try {
				await(loginApiKey(this.config.apiKey()));
			}
			catch (RuntimeException ex) {
				throw new CodexStartupException(Reason.LOGIN_FAILED,
						"Logging in with the configured API key failed: " + ex.getMessage(), ex);
			}
		}
		if (this.config.endpoint() != null) {
			log.info("Codex app-server {} at {} ready in {} ms", version, this.config.endpoint().uri(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
		}
		else {
			log.info("Codex app-server {} ready (pid {}) in {} ms", version, transport.pid().orElse(-1),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
		}
	}

	/** Tells the listeners the process is ready (after the owner has published this core). */
	void announceStarted() {
		long pid = this.connection.transport().pid().orElse(-1);
		String version = (this.serverInfo != null) ? this.serverInfo.version() : null;
		for (CodexListener listener : this.listeners) {
			safely(() -> listener.onProcessStarted(pid, version));
		}
	}

	/** Why the connection closed, or {@code null} while open (or before start). */
	TransportClosedException closedReason() {
		return (this.connection != null) ? this.connection.closedReason() : null;
	}

	private void failWaitingRetries(TransportClosedException reason) {
		for (CompletableFuture<JsonNode> waiting : List.copyOf(this.waitingForRetry)) {
			if (this.waitingForRetry.remove(waiting)) {
				waiting.completeExceptionally(reason.copy());
			}
		}
	}

	/**
	 * Tells the listeners a turn started.
	 * @param context what the listeners captured when the application started the turn
	 */
	void turnStarted(String threadId, String turnId, String model, CallContext context) {
		for (int i = 0; i < this.listeners.size(); i++) {
			CodexListener listener = this.listeners.get(i);
			Object captured = context.get(i);
			safely(() -> listener.onTurnStarted(threadId, turnId, model, captured));
		}
	}

	/**
	 * What the listeners capture on this thread now, or the context of the operation this thread continues (see
	 * {@link CallContext#call}). Call it on the application's thread when an operation begins.
	 */
	CallContext captureContext() {
		return CallContext.capture(this.listeners);
	}

	/**
	 * Tells the listeners a request attempt is about to be sent; returns what they answered, per listener (the
	 * request's attachment, handed back in {@link #requestCompleted}), or {@code null} when none answered.
	 */
	private Object[] requestStarted(String method, CallContext context) {
		Object[] started = null;
		for (int i = 0; i < this.listeners.size(); i++) {
			Object value = null;
			try {
				value = this.listeners.get(i).onRequestStarted(method, context.get(i));
			}
			catch (Throwable ex) {
				log.warn("CodexListener failed; continuing", ex);
			}
			if (value != null) {
				if (started == null) {
					started = new Object[this.listeners.size()];
				}
				started[i] = value;
			}
		}
		return started;
	}

	void turnCompleted(String threadId, TurnResult result) {
		for (CodexListener listener : this.listeners) {
			safely(() -> listener.onTurnCompleted(threadId, result));
		}
	}

	/** Reports a turn's end to the listeners, whether it produced a result or not. */
	void watchTurn(String threadId, TurnTracker tracker) {
		tracker.reported(tracker.result().whenComplete((result, failure) -> {
			if (failure == null) {
				turnCompleted(threadId, result);
			}
			else {
				for (CodexListener listener : this.listeners) {
					safely(() -> listener.onTurnAborted(threadId, tracker.turnId(), unwrap(failure)));
				}
			}
		}));
	}

	private void connectionClosed(TransportClosedException reason) {
		boolean expected = this.closed.get();
		failWaitingRetries(reason);
		this.router.failAll(reason);
		Integer exit = reason.exitCode().isPresent() ? reason.exitCode().getAsInt() : null;
		for (CodexListener listener : this.listeners) {
			safely(() -> listener.onProcessExited(exit, expected));
		}
		if (!expected && this.serverInfo != null) {
			try {
				this.crashHandler.accept(reason);
			}
			catch (Throwable ex) {
				log.error("Crash handler failed", ex);
			}
		}
	}

	void onCrash(java.util.function.Consumer<TransportClosedException> handler) {
		this.crashHandler = handler;
		TransportClosedException reason = closedReason();
		if (reason != null && !this.closed.get()) {
			handler.accept(reason);
		}
	}

	private void requestCompleted(String method, Duration duration, Throwable failure, Object attachment) {
		Object[] started = (attachment instanceof Object[] values) ? values : null;
		for (int i = 0; i < this.listeners.size(); i++) {
			CodexListener listener = this.listeners.get(i);
			Object value = (started != null && i < started.length) ? started[i] : null;
			safely(() -> listener.onRequestCompleted(method, duration, failure, value));
		}
	}

	/** Runs {@code callback} on every listener; a listener that throws is logged and skipped. */
	private void eachListener(java.util.function.Consumer<CodexListener> callback) {
		for (CodexListener listener : this.listeners) {
			safely(() -> callback.accept(listener));
		}
	}

	/**
	 * Runs a listener callback. Whatever it throws (an {@link AssertionError} too) is logged and dropped: listeners
	 * run on the reader thread and inside the client's own stages, which a listener's bug must not break.
	 */
	private static void safely(Runnable action) {
		try {
			action.run();
		}
		catch (Throwable ex) {
			log.warn("CodexListener failed; continuing", ex);
		}
	}

	// ------------------------------------------------------------------ state

	ServerInfo serverInfo() {
		return this.serverInfo;
	}

	boolean isRunning() {
		return !this.closed.get() && this.connection != null && this.connection.isOpen();
	}

	java.util.concurrent.Executor workers() {
		return this.workers;
	}

	/**
	 * The worker threads, for SDK-internal stages that must not run on the reader thread; runs the task inline once
	 * the workers are shut down (closing), like {@link #publish}, so a closing client fails such a stage with its
	 * own reason rather than a {@code RejectedExecutionException}.
	 */
	java.util.concurrent.Executor offReader() {
		return (task) -> {
			try {
				this.workers.execute(task);
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				task.run();
			}
		};
	}

	RpcConnection connection() {
		return this.connection;
	}

	int activeTurns() {
		return this.router.activeTurns();
	}

	/**
	 * Makes {@code handler} answer the approvals of {@code threadId} on this connection (a {@code null} handler
	 * changes nothing). Registered when a thread is started, resumed, forked or unarchived with its own handler, and
	 * again when a {@link CodexThread} moves to a restarted process. The entry is removed when the server reports
	 * the thread closed ({@code thread/closed}, e.g. after {@code thread/unsubscribe}), archived or deleted, and all
	 * entries go when this client closes; the thread's approvals then go to {@link CodexConfig#approvalHandler()}
	 * until it is resumed (or unarchived) with its handler again.
	 */
	void registerThreadHandler(String threadId, ApprovalHandler handler) {
		if (handler != null) {
			this.threadHandlers.put(threadId, handler);
		}
	}

	/** The handler registered for {@code threadId} on this connection, or {@code null}. */
	ApprovalHandler threadHandler(String threadId) {
		return this.threadHandlers.get(threadId);
	}

	/** Threads that have their own approval handler (for tests). */
	int threadHandlerCount() {
		return this.threadHandlers.size();
	}

	// ------------------------------------------------------------------ requests

	/**
	 * Whether an operation begun on the calling thread now may have its requests retried automatically (not inside
	 * {@link Retries#withoutAutomaticRetry}). Operations whose requests are sent later or from other threads (worker
	 * stages, goal steps, timers) capture this at the API call and pass it along.
	 */
	static boolean retryAllowedHere() {
		return !Retries.automaticRetrySuppressed();
	}

	/**
	 * Sends a request with automatic overload retry (unless suppressed on this thread). Completes on the reader
	 * thread or the timer thread: internal use only.
	 */
	CompletableFuture<JsonNode> call(String method, JsonNode params) {
		return call(method, params, retryAllowedHere());
	}

	/**
	 * Sends a request of an operation that captured {@code retryAllowed} (see {@link #retryAllowedHere()}) at its
	 * API call, whatever thread sends it. Completes on the reader thread or the timer thread: internal use only.
	 */
	CompletableFuture<JsonNode> call(String method, JsonNode params, boolean retryAllowed) {
		return call(method, params, retryAllowed, this.config.requestTimeout());
	}

	/** {@link #call(String, JsonNode, boolean)} with its own timeout per attempt. */
	CompletableFuture<JsonNode> call(String method, JsonNode params, boolean retryAllowed, Duration timeout) {
		ensureOpen();
		boolean retry = retryAllowed && this.config.retryPolicy().retries();
		CompletableFuture<JsonNode> out = new CompletableFuture<>();
		// on the thread that begins the operation (or continues it, see CallContext.call): retries keep it
		attempt(method, params, 1, retry, timeout, out, captureContext());
		return out;
	}

	private void attempt(String method, JsonNode params, int attempt, boolean retry, Duration timeout,
			CompletableFuture<JsonNode> out, CallContext context) {
		this.connection
			.request(method, params, timeout, requestStarted(method, context))
			.whenComplete((result, failure) -> {
				if (failure == null) {
					out.complete(result);
					return;
				}
				Throwable cause = unwrap(failure);
				RetryPolicy policy = this.config.retryPolicy();
				if (retry && cause instanceof ServerBusyException && attempt < policy.maxAttempts() && !this.closed.get()) {
					Duration delay = policy.delayAfter(attempt);
					for (CodexListener listener : this.listeners) {
						safely(() -> listener.onRetry(method, attempt, delay, cause));
					}
					log.debug("{} overloaded (attempt {}), retrying in {} ms", method, attempt, delay.toMillis());
					this.waitingForRetry.add(out);
					try {
						this.scheduler.schedule(() -> {
							if (this.waitingForRetry.remove(out)) {
								attempt(method, params, attempt + 1, true, timeout, out, context);
							}
						}, delay.toNanos(), TimeUnit.NANOSECONDS);
					}
					catch (java.util.concurrent.RejectedExecutionException ex) {
						this.waitingForRetry.remove(out);
						out.completeExceptionally(new TransportClosedException("This Codex client is closed", null, null));
					}
					if (this.closed.get()) {
						failWaitingRetries(new TransportClosedException("This Codex client is closed", null, null));
					}
					return;
				}
				out.completeExceptionally(cause);
			});
	}

	/** Hands a future to application code: completes on a worker thread, never the reader thread. */
	<T> CompletableFuture<T> publish(CompletableFuture<T> internal) {
		CompletableFuture<T> out = new CompletableFuture<>();
		internal.whenComplete((value, failure) -> {
			try {
				this.workers.execute(() -> {
					if (failure != null) {
						out.completeExceptionally(unwrap(failure));
					}
					else {
						out.complete(value);
					}
				});
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				if (failure != null) {
					out.completeExceptionally(unwrap(failure));
				}
				else {
					out.complete(value);
				}
			}
		});
		return out;
	}

	/** A request for application code. */
	CompletableFuture<JsonNode> request(String method, JsonNode params) {
		return request(method, params, retryAllowedHere());
	}

	/** A request for application code, of an operation that captured {@code retryAllowed} at its API call. */
	CompletableFuture<JsonNode> request(String method, JsonNode params, boolean retryAllowed) {
		try {
			return publish(call(method, params, retryAllowed));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/** A request for application code with per-call overrides ({@code null}: the client's default). */
	CompletableFuture<JsonNode> request(String method, JsonNode params, Boolean retry, Duration timeout) {
		try {
			boolean retryAllowed = (retry != null) ? retry : retryAllowedHere();
			return publish(call(method, params, retryAllowed, (timeout != null) ? timeout : this.config.requestTimeout()));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	void ensureOpen() {
		if (this.closed.get()) {
			throw new TransportClosedException("This Codex client is closed", null, null);
		}
		TransportClosedException reason = (this.connection != null) ? this.connection.closedReason() : null;
		if (reason != null) {
			throw reason.copy();
		}
	}

	/** The server-request handler pool (for tests). */
	ServerRequestDispatcher serverRequests() {
		return this.serverRequests;
	}

	/** Timeouts and retries waiting on the timer (for tests). */
	int pendingTimers() {
		return ((ScheduledThreadPoolExecutor) this.scheduler).getQueue().size();
	}

	ScheduledFuture<?> schedule(Runnable task, Duration delay) {
		return this.scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
	}

	// ------------------------------------------------------------------ account

	CompletableFuture<Void> loginApiKey(String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new IllegalArgumentException("apiKey must not be blank");
		}
		ObjectNode params = Json.object();
		params.put("type", "apiKey");
		params.put("apiKey", apiKey);
		return request("account/login/start", params).thenApply((r) -> null);
	}

	// ------------------------------------------------------------------ utilities

	static Throwable unwrap(Throwable failure) {
		Throwable t = failure;
		while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

	/** Waits for a future and rethrows its failure unwrapped (with the caller's stack for transport errors). */
	static <T> T await(CompletableFuture<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CodexException("Interrupted while waiting for Codex", ex);
		}
		catch (ExecutionException ex) {
			throw TurnTracker.rethrowable(unwrap(ex));
		}
	}

	/** Like {@link #await} with an upper bound. */
	static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
		try {
			return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CodexException("Interrupted while waiting for Codex", ex);
		}
		catch (ExecutionException ex) {
			throw TurnTracker.rethrowable(unwrap(ex));
		}
		catch (TimeoutException ex) {
			throw new CodexTimeoutException(what + " did not finish within " + timeout.toMillis() + " ms", timeout);
		}
	}

	// ------------------------------------------------------------------ close

	/** Stops the child (and its descendants) if the JVM exits without closing the client. */
	private void installShutdownHook() {
		Thread hook = new Thread(this::close, "codex-shutdown");
		try {
			Runtime.getRuntime().addShutdownHook(hook);
			this.shutdownHook = hook;
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down
		}
	}

	void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		Thread hook = this.shutdownHook;
		if (hook != null && Thread.currentThread() != hook) {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down; the hook runs anyway
			}
		}
		try {
			if (this.connection != null) {
				this.connection.close(this.config.shutdownTimeout());
			}
		}
		finally {
			TransportClosedException closedEx = new TransportClosedException("This Codex client is closed", null, null);
			failWaitingRetries(closedEx);
			this.router.failAll(closedEx);
			this.threadHandlers.clear();
			this.scheduler.shutdownNow();
			this.serverRequests.close();
			this.workers.shutdown();
			try {
				if (!this.workers.awaitTermination(1, TimeUnit.SECONDS)) {
					this.workers.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				this.workers.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
	}

	boolean isClosed() {
		return this.closed.get();
	}

}
