package dev.codexjava.client;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.RpcConnection;
import dev.codexjava.protocol.RpcObserver;
import dev.codexjava.protocol.model.ServerInfo;
import dev.codexjava.transport.BinaryResolver;
import dev.codexjava.transport.Transport;

/**
 * One connection to an app-server, from its start to its close (a {@link ServerConnection} makes a new one per
 * start and restart): owns the process or remote link, the router, the server-request dispatcher, the worker threads
 * and the timers, and sends requests asynchronously. Futures it hands out complete on its callback executor, never on
 * the reader thread.
 */
final class ClientCore {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(ClientCore.class);

		private Logs() {
		}

	}

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	final CodexConfig config;

	private final List<CodexListener> listeners;

	private final ListenerFanOut fanOut;

	final NotificationRouter router;

	private final ExecutorService workers;

	private final ScheduledExecutorService scheduler;

	private final ServerRequestDispatcher serverRequests;

	/** Per thread, its own approval handler; see {@link #registerThreadHandler} for when an entry goes. */
	private final Map<String, ApprovalHandler> threadHandlers = new ConcurrentHashMap<>();

	private final AtomicBoolean closed = new AtomicBoolean();

	private volatile Thread shutdownHook;

	private RpcConnection connection;

	private RetryingCaller caller;

	private volatile ServerInfo serverInfo;

	/** Told when the process exits while the client did not ask for it. */
	private volatile CrashHandler crashHandler = CrashHandler.NONE;

	/** The thread failing this core's callers after the connection ended, while it does ({@code null} otherwise). */
	private volatile Thread closingThread;

	private ClientCore(CodexConfig config, Subscriptions subscriptions) {
		this.config = config;
		this.listeners = config.listeners();
		this.fanOut = new ListenerFanOut(this.listeners);
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
				timer, daemonFactory("codex-" + id + "-approval-"), this.fanOut::each);
		this.router.onAbandoned((threadId, turnId, ended) -> interruptAbandoned(threadId, turnId, ended, true));
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
			core.startProcess(ProcessLauncher.transport(config));
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

	private void startProcess(Transport transport) {
		long startNanos = System.nanoTime();
		this.connection = new RpcConnection(transport, this.router, this.serverRequests, this.scheduler,
				new RpcObserver() {

					@Override
					public void requestCompleted(String method, Duration duration, Throwable failure) {
						ClientCore.this.fanOut.requestCompleted(method, duration, failure, null);
					}

					@Override
					public void requestCompleted(String method, Duration duration, Throwable failure,
							Object attachment) {
						ClientCore.this.fanOut.requestCompleted(method, duration, failure, attachment);
					}

				});
		this.caller = new RetryingCaller(this.connection, this.config.retryPolicy(), this.scheduler, this.closed::get,
				this.fanOut);
		this.connection.onClose(this::connectionClosed);
		try {
			this.connection.start();
		}
		catch (UncheckedIOException ex) {
			throw new CodexStartupException(Reason.PROCESS_FAILED,
					"Could not start the Codex app-server: " + ex.getMessage() + ". " + BinaryResolver.INSTALL_HINT,
					ex);
		}
		this.serverInfo = Handshake.perform(this.config, this.connection,
				this.fanOut.requestStarted("initialize", captureContext()));
		String version = this.serverInfo.version();
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
			Logs.log.info("Codex app-server {} at {} ready in {} ms", version, this.config.endpoint().uri(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
		}
		else {
			Logs.log.info("Codex app-server {} ready (pid {}) in {} ms", version, transport.pid().orElse(-1),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
		}
	}

	/** Tells the listeners the process is ready (after the owner has published this core). */
	void announceStarted() {
		long pid = this.connection.transport().pid().orElse(-1);
		String version = (this.serverInfo != null) ? this.serverInfo.version() : null;
		this.fanOut.processStarted(pid, version);
	}

	/** Why the connection closed, or {@code null} while open (or before start). */
	TransportClosedException closedReason() {
		return (this.connection != null) ? this.connection.closedReason() : null;
	}

	/**
	 * Tells the listeners a turn started.
	 * @param context what the listeners captured when the application started the turn
	 */
	void turnStarted(String threadId, String turnId, String model, CallContext context) {
		this.fanOut.turnStarted(threadId, turnId, model, context);
	}

	/**
	 * What the listeners capture on this thread now, or the context of the operation this thread continues (see
	 * {@link CallContext#call}). Call it on the application's thread when an operation begins.
	 */
	CallContext captureContext() {
		return this.fanOut.captureContext();
	}

	void turnCompleted(String threadId, TurnResult result) {
		this.fanOut.turnCompleted(threadId, result);
	}

	/** Reports a turn's end to the listeners, whether it produced a result or not. */
	void watchTurn(String threadId, TurnTracker tracker) {
		tracker.reported(tracker.result().whenComplete((result, failure) -> {
			if (failure == null) {
				turnCompleted(threadId, result);
			}
			else {
				this.fanOut.turnAborted(threadId, tracker.turnId(), unwrap(failure));
			}
		}));
	}

	private void connectionClosed(TransportClosedException reason) {
		boolean expected = this.closed.get();
		boolean crash = !expected && this.serverInfo != null;
		CrashHandler handler = this.crashHandler;
		this.closingThread = Thread.currentThread();
		try {
			if (crash) {
				// before anyone hears of the failure: a caller who retries at once must find the restart in progress
				safelyTell(handler::crashing);
			}
			failWaitingRetries(reason);
			this.router.failAll(reason);
			Integer exit = reason.exitCode().isPresent() ? reason.exitCode().getAsInt() : null;
			this.fanOut.processExited(exit, expected);
		}
		finally {
			this.closingThread = null;
		}
		if (crash) {
			safelyTell(() -> handler.crashed(reason));
		}
	}

	private static void safelyTell(Runnable step) {
		try {
			step.run();
		}
		catch (Throwable ex) {
			Logs.log.error("Crash handler failed", ex);
		}
	}

	/**
	 * Whether the current thread is the one failing this core's callers after its connection ended (a listener or a
	 * dependent stage running there): such a thread must not wait for a restart, which is only scheduled after it is done.
	 */
	boolean isFailingCallersOnThisThread() {
		return this.closingThread == Thread.currentThread();
	}

	void onCrash(CrashHandler handler) {
		this.crashHandler = handler;
		TransportClosedException reason = closedReason();
		if (reason != null && !this.closed.get()) {
			handler.crashing();
			handler.crashed(reason);
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
		return call(method, params, retryAllowed, timeout, null);
	}

	/**
	 * {@link #call(String, JsonNode, boolean, Duration)} telling {@code lateAnswer}, on the reader thread, the result
	 * of an answer that comes after the request timed out (see {@link RpcConnection#request(String, JsonNode,
	 * Duration, Object, Consumer)}).
	 */
	CompletableFuture<JsonNode> call(String method, JsonNode params, boolean retryAllowed, Duration timeout,
			@Nullable Consumer<JsonNode> lateAnswer) {
		ensureOpen();
		// on the thread that begins the operation (or continues it, see CallContext.call): retries keep it
		return this.caller.call(method, params, retryAllowed, timeout, captureContext(), lateAnswer);
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

	/**
	 * {@link #request(String, JsonNode)} for a request that creates a thread ({@code thread/start},
	 * {@code thread/fork}): when it times out and the server answers later, the thread it created (which nobody knows
	 * of, and which this connection's subscription keeps loaded on the server) is unsubscribed, so the server can
	 * unload it.
	 */
	CompletableFuture<JsonNode> requestCreatingThread(String method, JsonNode params) {
		try {
			return publish(call(method, params, retryAllowedHere(), this.config.requestTimeout(),
					(late) -> unsubscribeOrphan(method, late)));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/** On the reader thread: the late answer to a timed-out {@code method} that created a thread. */
	private void unsubscribeOrphan(String method, JsonNode result) {
		JsonNode thread = result.get("thread");
		String threadId = (thread != null) ? Json.text(thread, "id") : null;
		if (threadId == null) {
			return;
		}
		Logs.log.warn("{} had timed out; the server has now answered that it created thread {}: unsubscribing from it",
				method, threadId);
		sendAside("thread/unsubscribe", Params.threadId(threadId), true, "unsubscribe from thread " + threadId, () -> {
		});
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

	/** Timeouts and retries waiting on the timer, the connection's one request-timeout alarm apart (for tests). */
	int pendingTimers() {
		RpcConnection connection = this.connection;
		int alarm = (connection != null) ? connection.timeoutTasks() : 0;
		return Math.max(0, ((ScheduledThreadPoolExecutor) this.scheduler).getQueue().size() - alarm);
	}

	ScheduledFuture<?> schedule(Runnable task, Duration delay) {
		return this.scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
	}

	// ------------------------------------------------------------------ account

	CompletableFuture<Void> loginApiKey(String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new IllegalArgumentException("apiKey must not be blank");
		}
		ObjectNode params = Params.create().put("type", "apiKey").put("apiKey", apiKey).node();
		return request("account/login/start", params).thenApply((r) -> null);
	}

	/**
	 * Interrupts a turn the client gave up on. The thread's next turn waits until the server reports the old turn's
	 * end ({@code ended}, registered with {@link NotificationRouter#windDown} before the caller learned of the
	 * timeout; see {@code CodexThread.awaitWindDown}), so it cannot be folded into the old one. {@code retryAllowed}
	 * is the turn's (captured at its API call).
	 */
	void interruptAbandoned(String threadId, String turnId, CompletableFuture<Void> ended,
			boolean retryAllowed) {
		ObjectNode params = Params.create().put("threadId", threadId).put("turnId", turnId).node();
		sendAside("turn/interrupt", params, retryAllowed, "interrupt abandoned turn " + turnId,
				() -> this.router.forgetWindDown(threadId, ended));
	}

	/**
	 * Sends a request whose answer nobody waits for: a failure, at once or as the answer, is logged at debug
	 * ("Could not {@code what}") and runs {@code onFailure}.
	 */
	private void sendAside(String method, ObjectNode params, boolean retryAllowed, String what, Runnable onFailure) {
		try {
			call(method, params, retryAllowed).whenComplete((r, failure) -> {
				if (failure != null) {
					Logs.log.debug("Could not {}: {}", what, failure.toString());
					onFailure.run();
				}
			});
		}
		catch (RuntimeException ex) {
			Logs.log.debug("Could not {}: {}", what, ex.toString());
			onFailure.run();
		}
	}

	// ------------------------------------------------------------------ utilities

	/** See {@link Futures#unwrap}. */
	static Throwable unwrap(Throwable failure) {
		return Futures.unwrap(failure);
	}

	/** See {@link Futures#await(CompletableFuture)}. */
	static <T> T await(CompletableFuture<T> future) {
		return Futures.await(future);
	}

	/** See {@link Futures#await(CompletableFuture, Duration, String)}. */
	static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
		return Futures.await(future, timeout, what);
	}

	private void failWaitingRetries(TransportClosedException reason) {
		if (this.caller != null) {
			this.caller.failWaiting(reason);
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
