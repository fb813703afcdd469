package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.protocol.model.ModelInfo;
import dev.codexjava.protocol.model.ServerInfo;
import dev.codexjava.protocol.model.ThreadInfo;
import dev.codexjava.transport.RemoteEndpoint;
import dev.codexjava.transport.Transport;

/**
 * A client for the Codex app-server: starts {@code codex app-server} as a child process, performs the handshake,
 * and offers threads, turns, account and model operations as blocking calls (or connects to a running app-server,
 * see {@link CodexConfig#endpoint()}, or fronts a pool of app-servers with thread affinity, see
 * {@link CodexConfig#servers()} and {@link #servers()}). Thread-safe; one instance serves many concurrent threads
 * and turns. Closing it stops the process and everything it started (a remote server is only disconnected, never
 * stopped).
 *
 * <pre>{@code
 * try (Codex codex = Codex.start(CodexConfig.builder().build())) {
 *     CodexThread thread = codex.startThread();
 *     TurnResult result = thread.run("Summarise README.md");
 *     System.out.println(result.finalResponse());
 * }
 * }</pre>
 *
 * Every call has a timeout ({@link CodexConfig#requestTimeout()}); requests rejected as overloaded are retried per
 * {@link CodexConfig#retryPolicy()}. For a non-blocking API over the same connection use {@link #async()}.
 */
public final class Codex implements AutoCloseable {

	/** The oldest app-server version this SDK accepts; an older one fails the start with {@code VERSION_TOO_OLD}. */
	public static final String MINIMUM_SERVER_VERSION = ServerVersionPolicy.MINIMUM;

	/**
	 * The newest app-server version this SDK is tested with. A newer one is used, with one WARN per version and JVM
	 * (see {@code docs/compatibility.md}).
	 */
	public static final String NEWEST_TESTED_SERVER_VERSION = ServerVersionPolicy.NEWEST_TESTED;

	private static final Logger log = LoggerFactory.getLogger(Codex.class);

	private final CodexConfig config;

	private final Transport transport;

	/** A new transport per (re)start instead of a child process; {@code null} for the real process (tests). */
	private final java.util.function.Supplier<Transport> transports;

	private final AsyncCodex async;

	/**
	 * Held while the app-server is started, restarted or closed. A lock, not a monitor: start-up waits for the process
	 * and its handshake, and a monitor held across that wait pins a virtual thread's carrier on Java 21 to 23.
	 */
	private final java.util.concurrent.locks.ReentrantLock lifecycle = new java.util.concurrent.locks.ReentrantLock();

	private volatile ClientCore core;

	/** Set while {@link #startAsync()} runs, so calls made meanwhile wait for it instead of failing. */
	private volatile java.util.concurrent.CompletableFuture<Void> starting;

	private final Supervisor supervisor;

	/** The turn running on each thread id, whichever {@link CodexThread} object started it. */
	private final ThreadTurns threadTurns = new ThreadTurns();

	private final ThreadHost threadHost = new ThreadHost() {

		@Override
		public ClientCore coreFor(String threadId) {
			return Codex.this.coreFor(threadId);
		}

		@Override
		public ThreadTurns threadTurns() {
			return Codex.this.threadTurns();
		}

		@Override
		public <P> Subscription subscribe(dev.codexjava.protocol.NotificationType<P> type, String threadId,
				java.util.function.Consumer<? super P> subscriber) {
			return Codex.this.subscribe(type, threadId, subscriber);
		}

		@Override
		public <P, R> R request(Method<P, R> method, P params) {
			return Codex.this.request(method, params);
		}

		@Override
		public java.util.concurrent.CompletableFuture<CodexThread> forkThread(String threadId, ForkOptions options) {
			return Codex.this.async().forkThread(threadId, options);
		}

	};

	/** The servers of a pool ({@link CodexConfig#servers()}), or {@code null} for the direct path of one server. */
	private final ServerPool pool;

	/**
	 * The typed subscribers ({@link #subscribe}); outlive restarts. A member of a pool uses its pool's (set before it
	 * starts).
	 */
	private volatile Subscriptions subscriptions = new Subscriptions();

	/** Why the last start failed, while supervision retries it (a member of a pool). */
	private volatile String startProblem;

	private Codex(CodexConfig config, Transport transport) {
		this(config, transport, null);
	}

	private Codex(CodexConfig config, Transport transport, java.util.function.Supplier<Transport> transports) {
		this.config = java.util.Objects.requireNonNull(config, "config");
		this.transport = transport;
		this.transports = transports;
		this.async = new AsyncCodex(this);
		this.supervisor = new Supervisor(supervised(), (transport != null) ? SupervisionPolicy.disabled()
				: config.supervision());
		if (!config.servers().isEmpty() && (transport != null || transports != null)) {
			throw new IllegalArgumentException("A client over a given transport cannot have servers (a pool)");
		}
		this.pool = config.servers().isEmpty() ? null : new ServerPool(config);
		if (this.pool != null) {
			for (ServerPool.Member member : this.pool.members()) {
				member.codex().subscriptions = this.subscriptions;
			}
		}
	}

	/**
	 * Starts the app-server and completes the handshake.
	 * @throws dev.codexjava.error.CodexStartupException if the binary is missing, the process fails, the handshake
	 * times out, or the server is too old; the message says what to do
	 */
	public static Codex start(CodexConfig config) {
		Codex codex = create(config);
		codex.start();
		return codex;
	}

	/** Starts a client over a given transport (e.g. a test double or another kind of connection). */
	public static Codex start(CodexConfig config, Transport transport) {
		Codex codex = new Codex(config, java.util.Objects.requireNonNull(transport, "transport"));
		codex.start();
		return codex;
	}

	/**
	 * Creates a client without starting anything (for containers that start it later, e.g. Spring's lifecycle).
	 * Call {@link #start()} before using it.
	 */
	public static Codex create(CodexConfig config) {
		return new Codex(config, null);
	}

	/** Creates a client over a given transport without starting it (fault injection, other transports). */
	public static Codex create(CodexConfig config, Transport transport) {
		return new Codex(config, java.util.Objects.requireNonNull(transport, "transport"));
	}

	/**
	 * Creates a client, without starting it, that takes a new transport from {@code transports} for every start and
	 * restart instead of launching the configured binary: e.g. an in-memory app-server for tests
	 * ({@code InMemoryCodexServer} in {@code codex-testkit}) or a connection of one's own. The client is supervised
	 * per {@link CodexConfig#supervision()} like a client of a real process; {@link CodexConfig#codexBinary()},
	 * {@code env}, {@code codexHome} and {@link CodexConfig#endpoint()} are not used, everything else applies (timeouts,
	 * approval handler, listeners, retries). The supplier is called on the thread that starts the client.
	 * @param config the client's configuration
	 * @param transports a new, unstarted transport per call
	 * @return the client; call {@link #start()} before using it
	 */
	public static Codex create(CodexConfig config, java.util.function.Supplier<Transport> transports) {
		return new Codex(config, null, java.util.Objects.requireNonNull(transports, "transports"));
	}

	/**
	 * Starts the app-server and completes the handshake; does nothing if it is already running. After
	 * {@link #close()}, starts a new process (threads of the old one must be resumed by id).
	 * @throws dev.codexjava.error.CodexStartupException if start-up fails
	 */
	public void start() {
		if (this.pool != null) {
			this.pool.start();
			return;
		}
		this.lifecycle.lock();
		try {
			startUnderLock();
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	private void startUnderLock() {
		java.util.concurrent.CompletableFuture<Void> startup = this.starting;
		if (startup != null && startup.isCompletedExceptionally()) {
			this.starting = null; // a new start replaces the failed background one
		}
		ClientCore current = this.core;
		if (current != null && !current.isClosed() && current.isRunning()) {
			return;
		}
		this.supervisor.stop();
		startLocked();
		this.supervisor.resume();
	}

	/**
	 * Starts the app-server on a background thread and returns at once. Calls made before the handshake is done
	 * wait for it (at most {@link CodexConfig#startupTimeout()}) instead of failing, and fail with the start-up
	 * error if it fails. Cancelling the returned future aborts a start in progress.
	 * @return completes when the handshake is done, or exceptionally with the start-up error
	 */
	public java.util.concurrent.CompletableFuture<Void> startAsync() {
		if (this.pool != null) {
			return this.pool.startAsync();
		}
		java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
		this.starting = done;
		Thread thread = new Thread(() -> {
			try {
				this.lifecycle.lock();
				try {
					if (done.isDone()) {
						return; // closed before it began
					}
					startUnderLock();
				}
				finally {
					this.lifecycle.unlock();
				}
				done.complete(null);
				if (this.starting == done) {
					this.starting = null; // started: calls go straight to the connection
				}
			}
			catch (Throwable ex) {
				// kept: calls made afterwards fail with this start-up error rather than "not started"
				done.completeExceptionally(ex);
			}
		}, "codex-startup");
		thread.setDaemon(true);
		done.whenComplete((ignored, failure) -> {
			if (done.isCancelled()) {
				thread.interrupt();
			}
		});
		thread.start();
		return done;
	}

	/**
	 * Stops the current app-server (if any) and starts a new one, e.g. when it hangs. Threads resume themselves on
	 * their next turn; calls in flight fail with {@link dev.codexjava.error.TransportClosedException}.
	 */
	public void restart() {
		if (this.pool != null) {
			this.pool.restart();
			return;
		}
		this.lifecycle.lock();
		try {
			this.supervisor.stop();
			startLocked();
			this.supervisor.resume();
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	private ClientCore startLocked() {
		ClientCore current = this.core;
		if (current != null && !current.isClosed()) {
			current.close();
		}
		if (this.transport != null && current != null) {
			throw new IllegalStateException("A client over a given transport cannot be restarted");
		}
		ClientCore started;
		if (this.transport != null) {
			started = ClientCore.start(this.config, this.transport, this.subscriptions);
		}
		else if (this.transports != null) {
			started = ClientCore.start(this.config, this.transports.get(), this.subscriptions);
		}
		else {
			started = ClientCore.start(this.config, this.subscriptions);
		}
		this.core = started;
		this.startProblem = null;
		started.onCrash(this.supervisor::crashed);
		started.announceStarted();
		return started;
	}

	/** This client as its threads see it. */
	ThreadHost threadHost() {
		return this.threadHost;
	}

	/** This client as its supervisor sees it. */
	private SupervisedClient supervised() {
		return new SupervisedClient() {

			@Override
			public CodexConfig config() {
				return Codex.this.config;
			}

			@Override
			public ClientCore restartAfterCrash(java.util.function.BooleanSupplier stillWanted) {
				return Codex.this.restartAfterCrash(stillWanted);
			}

			@Override
			public void notifyRestartScheduled(int attempt, Duration delay, Throwable reason) {
				Codex.this.notifyRestartScheduled(attempt, delay, reason);
			}

			@Override
			public void notifyGaveUp(String reason) {
				Codex.this.notifyGaveUp(reason);
			}

		};
	}

	/**
	 * Called by the supervisor on its own thread. Starts a new process only if {@code stillWanted} holds under the
	 * lifecycle lock: a {@link #close()} (or a user's start) that ran since the supervisor decided to restart has
	 * stopped supervision under the same lock, and a restart then would start a process nobody closes.
	 * @return the new core, or {@code null} if the restart is no longer wanted
	 */
	ClientCore restartAfterCrash(java.util.function.BooleanSupplier stillWanted) {
		this.lifecycle.lock();
		try {
			if (!stillWanted.getAsBoolean()) {
				return null;
			}
			return startLocked();
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	/**
	 * A member of a pool failed to start while others started: supervision retries the start with backoff (as after a
	 * crash), so the server joins the pool when it comes up.
	 */
	void startFailed(Throwable failure) {
		String problem = shortProblem(failure.getMessage());
		this.lifecycle.lock();
		try {
			this.starting = null;
			this.startProblem = (problem != null) ? problem : failure.getClass().getSimpleName();
			this.supervisor.resume();
		}
		finally {
			this.lifecycle.unlock();
		}
		this.supervisor.crashed(new dev.codexjava.error.TransportClosedException("start-up failed: " + this.startProblem, null,
				null));
	}

	void notifyRestartScheduled(int attempt, Duration delay, Throwable reason) {
		dev.codexjava.transport.RemoteEndpoint endpoint = this.config.endpoint();
		for (CodexListener listener : this.config.listeners()) {
			try {
				if (endpoint != null) {
					listener.onReconnectScheduled(endpoint.uri().toString(), attempt, delay, reason);
				}
				else {
					listener.onRestartScheduled(attempt, delay, reason);
				}
			}
			catch (Throwable ex) {
				// listeners must not break supervision (this runs on the reader thread, in the middle of it)
				log.warn("CodexListener.onRestartScheduled failed; continuing", ex);
			}
		}
	}

	void notifyGaveUp(String reason) {
		for (CodexListener listener : this.config.listeners()) {
			try {
				listener.onSupervisionGaveUp(reason);
			}
			catch (Throwable ex) {
				// listeners must not break supervision
				log.warn("CodexListener.onSupervisionGaveUp failed; continuing", ex);
			}
		}
	}

	/**
	 * Whether a restart after an unexpected exit is in progress (for a remote {@link CodexConfig#endpoint()}: a
	 * reconnect after a dropped connection).
	 */
	public boolean isRestarting() {
		if (this.pool != null) {
			return this.pool.isRestarting();
		}
		return this.supervisor.pending() != null;
	}

	/**
	 * This SDK's version, written into a resource at build time (so also known without a jar manifest: from classes,
	 * in a shaded jar, in a native image).
	 */
	public static String sdkVersion() {
		return SdkBuildInfo.sdkVersion();
	}

	/**
	 * Why the connection to the app-server ended (exit code and last stderr lines), if it did; empty while running
	 * or before start.
	 */
	public java.util.Optional<dev.codexjava.error.TransportClosedException> closedReason() {
		if (this.pool != null) {
			return this.pool.closedReason();
		}
		ClientCore current = this.core;
		return java.util.Optional.ofNullable((current != null) ? current.closedReason() : null);
	}

	/**
	 * The current connection. While a restart after a crash is in progress, waits for it (at most the start-up
	 * timeout plus the longest restart delay), so calls made during a restart go to the new process.
	 */
	ThreadTurns threadTurns() {
		return this.threadTurns;
	}

	ClientCore core() {
		if (this.pool != null) {
			return this.pool.anyCore();
		}
		ClientCore current = this.core;
		java.util.concurrent.CompletableFuture<Void> startup = this.starting;
		if ((current == null || !current.isRunning()) && startup != null) {
			ClientCore.await(startup, this.config.startupTimeout(), "Starting the Codex app-server");
			current = this.core;
		}
		if (current == null) {
			throw new IllegalStateException("This Codex client is not started; call start() or startAsync() first");
		}
		java.util.concurrent.CompletableFuture<ClientCore> pending = this.supervisor.pending();
		if (pending != null && !current.isRunning()) {
			Duration limit = this.config.startupTimeout().plus(this.config.supervision().maxDelay());
			return ClientCore.await(pending, limit, "Restarting the Codex app-server");
		}
		return current;
	}

	/** The connection as it is, without waiting for a start or restart ({@code null} before start). */
	ClientCore currentCore() {
		return this.core;
	}

	/**
	 * The connection for a call on {@code threadId}: {@link #core()} for one server, the server that holds the thread
	 * in a pool.
	 */
	ClientCore coreFor(String threadId) {
		return (this.pool != null) ? this.pool.coreForThread(threadId) : core();
	}

	/** The pool, or {@code null} for one server. */
	ServerPool pool() {
		return this.pool;
	}

	/** The non-blocking face over the same connection. */
	public AsyncCodex async() {
		return this.async;
	}

	/** Configuration, MCP servers, skills and file search, typed; see {@link CodexAdmin}. */
	public CodexAdmin admin() {
		return new CodexAdmin(this.async.admin());
	}

	/** The configuration this client runs with. */
	public CodexConfig config() {
		return this.config;
	}

	/** What the server reported in the handshake (version, CODEX_HOME, platform). */
	public ServerInfo serverInfo() {
		return core().serverInfo();
	}

	/** The server version, e.g. {@code 0.169.0} ({@code null} before start or if unreadable). */
	public String serverVersion() {
		if (this.pool != null) {
			for (ServerPool.Member member : this.pool.members()) {
				if (member.isUp()) {
					return member.codex().serverVersion();
				}
			}
			return null;
		}
		ClientCore current = this.core;
		return (current != null && current.serverInfo() != null) ? current.serverInfo().version() : null;
	}

	/**
	 * The app-server's process id (empty when not started, always for a remote endpoint, and for a pool: see
	 * {@link #servers()}).
	 */
	public OptionalLong pid() {
		ClientCore current = this.core;
		return (current != null && current.connection() != null) ? current.connection().transport().pid()
				: OptionalLong.empty();
	}

	/** Whether the app-server is running and connected. */
	public boolean isRunning() {
		if (this.pool != null) {
			return this.pool.isRunning();
		}
		ClientCore current = this.core;
		return current != null && current.isRunning();
	}

	/**
	 * Whether the app-server can take work now. For a remote endpoint the server's {@code GET /readyz} is asked (at
	 * most 2 s; for {@code unix://}, whether the socket accepts a connection), independent of this client's own
	 * connection: true while the client is still reconnecting means the next attempt will succeed. For a child
	 * process it is {@link #isRunning()}.
	 */
	public boolean isServerReady() {
		RemoteEndpoint endpoint = this.config.endpoint();
		return (endpoint != null) ? endpoint.isReady(Supervisor.READY_PROBE_TIMEOUT) : isRunning();
	}

	/** Turns currently running through this client. */
	public int activeTurns() {
		if (this.pool != null) {
			return this.pool.activeTurns();
		}
		ClientCore current = this.core;
		return (current != null) ? current.activeTurns() : 0;
	}

	/**
	 * The app-servers this client fronts, in configuration order: one named {@code "default"} unless
	 * {@link CodexConfig#servers()} configures a pool. Cheap (no request); for health checks.
	 */
	public List<ServerStatus> servers() {
		if (this.pool != null) {
			return this.pool.statuses();
		}
		return List.of(status("default", (this.config.endpoint() != null) ? this.config.endpoint().uri().toString()
				: "local", 0));
	}

	/** This client's single connection as a {@link ServerStatus}. */
	ServerStatus status(String name, String target, int threads) {
		ServerState state = isRunning() ? ServerState.UP : isRestarting() ? ServerState.RESTARTING : ServerState.DOWN;
		java.util.Optional<String> problem = java.util.Optional.empty();
		if (state != ServerState.UP) {
			String reason = this.supervisor.gaveUpReason();
			if (reason == null) {
				reason = closedReason().map(Throwable::getMessage).orElse(this.startProblem);
			}
			if (reason == null && this.core == null) {
				reason = "not started";
			}
			problem = java.util.Optional.ofNullable(shortProblem(reason));
		}
		return new ServerStatus(name, target, state, activeTurns(), threads, problem);
	}

	/** The first line of {@code reason}, at most 160 characters (no stderr lines). */
	static String shortProblem(String reason) {
		if (reason == null || reason.isBlank()) {
			return null;
		}
		String line = reason.strip().lines().findFirst().orElse("");
		int stderr = line.indexOf("; last stderr lines:");
		if (stderr >= 0) {
			line = line.substring(0, stderr);
		}
		return (line.length() > 160) ? line.substring(0, 159) + "…" : line;
	}

	// ------------------------------------------------------------------ threads

	/** Starts a new thread with the server's defaults. */
	public CodexThread startThread() {
		return ClientCore.await(this.async.startThread());
	}

	/** Starts a new thread. */
	public CodexThread startThread(ThreadOptions options) {
		return ClientCore.await(this.async.startThread(options));
	}

	/** Resumes a stored thread by id (for example from a new process). */
	public CodexThread resumeThread(String threadId) {
		return ClientCore.await(this.async.resumeThread(threadId));
	}

	/** Resumes a stored thread with overrides. */
	public CodexThread resumeThread(String threadId, ThreadOptions options) {
		return ClientCore.await(this.async.resumeThread(threadId, options));
	}

	/** Forks a thread into a new one with a copy of its history. */
	public CodexThread forkThread(String threadId) {
		return ClientCore.await(this.async.forkThread(threadId));
	}

	/** Forks a thread with overrides. */
	public CodexThread forkThread(String threadId, ThreadOptions options) {
		return ClientCore.await(this.async.forkThread(threadId, options));
	}

	/** Archives a thread. */
	public void archiveThread(String threadId) {
		ClientCore.await(this.async.archiveThread(threadId));
	}

	/** Restores an archived thread. */
	public CodexThread unarchiveThread(String threadId) {
		return ClientCore.await(this.async.unarchiveThread(threadId));
	}

	/** All threads, fetched page by page as the stream is consumed. */
	public Stream<ThreadInfo> listThreads() {
		return listThreads(ThreadListOptions.none());
	}

	/** Matching threads, fetched page by page as the stream is consumed. */
	public Stream<ThreadInfo> listThreads(ThreadListOptions options) {
		return Pages.stream((cursor) -> {
			ThreadPage page = ClientCore.await(this.async.listThreadsPage(options, cursor));
			return new Pages.Page<>(page.threads(), page.nextCursor());
		});
	}

	// ------------------------------------------------------------------ models and account

	/** Every visible model (all pages). */
	public List<ModelInfo> models() {
		return ClientCore.await(this.async.models());
	}

	/** Every model, hidden ones included on request (all pages). */
	public List<ModelInfo> models(boolean includeHidden) {
		return ClientCore.await(this.async.models(includeHidden));
	}

	/** The signed-in account. */
	public AccountInfo account() {
		return ClientCore.await(this.async.account());
	}

	/** The signed-in account, optionally refreshing its token. */
	public AccountInfo account(boolean refreshToken) {
		return ClientCore.await(this.async.account(refreshToken));
	}

	/** Logs in with an OpenAI API key (sent through the protocol, never on the command line, never logged). */
	public void loginApiKey(String apiKey) {
		ClientCore.await(this.async.loginApiKey(apiKey));
	}

	/** Starts the ChatGPT browser login. */
	public LoginHandle loginChatgpt() {
		return ClientCore.await(this.async.loginChatgpt());
	}

	/** Starts the ChatGPT device-code login. */
	public LoginHandle loginChatgptDeviceCode() {
		return ClientCore.await(this.async.loginChatgptDeviceCode());
	}

	/** Signs out. */
	public void logout() {
		ClientCore.await(this.async.logout());
	}

	// ------------------------------------------------------------------ liveness

	/**
	 * Checks that the app-server answers: sends a cheap request ({@code thread/loaded/list}) with its own timeout,
	 * without automatic retry. Use it for liveness probes; a hung server fails it with
	 * {@link dev.codexjava.error.CodexTimeoutException} and can then be {@link #restart() restarted}.
	 * @return the round-trip time
	 */
	public Duration ping(Duration timeout) {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("ping timeout must be positive, was " + timeout);
		}
		if (this.pool != null) {
			return this.pool.ping(timeout);
		}
		ClientCore current = core();
		current.ensureOpen();
		tools.jackson.databind.node.ObjectNode params = dev.codexjava.protocol.Params.create().put("limit", 1).node();
		long start = System.nanoTime();
		ClientCore.await(current.connection().request("thread/loaded/list", params, timeout));
		return Duration.ofNanos(System.nanoTime() - start);
	}

	// ------------------------------------------------------------------ subscriptions

	/**
	 * Subscribes to every notification of {@code type} (any thread, and global ones such as
	 * {@code account/rateLimits/updated}, {@code mcpServer/startupStatus/updated} or {@code serverRequest/resolved}),
	 * e.g. {@code codex.subscribe(Notifications.THREAD_TOKEN_USAGE_UPDATED, usage -> ...)}. The subscriber receives
	 * them decoded, in the order the server sent them, on a delivery thread, never on the connection's reader thread;
	 * see {@link Subscription} for the bound on a subscriber that falls behind. The subscription outlives restarts of
	 * the app-server (and, for a pool, covers every server) until it is closed.
	 * @throws IllegalStateException for an experimental notification unless the client was built with
	 * {@link CodexConfig.Builder#experimentalApi(boolean) experimentalApi(true)}
	 */
	public <P> Subscription subscribe(dev.codexjava.protocol.NotificationType<P> type,
			java.util.function.Consumer<? super P> subscriber) {
		return subscribe(type, null, subscriber);
	}

	/** {@link #subscribe(dev.codexjava.protocol.NotificationType, java.util.function.Consumer)} for one thread. */
	<P> Subscription subscribe(dev.codexjava.protocol.NotificationType<P> type, String threadId,
			java.util.function.Consumer<? super P> subscriber) {
		java.util.Objects.requireNonNull(type, "type");
		if (type.experimental() && !this.config.experimentalApi()) {
			throw new IllegalStateException(type.name()
					+ " is an experimental app-server notification: build the client with experimentalApi(true)");
		}
		return this.subscriptions.subscribe(type, threadId, subscriber);
	}

	// ------------------------------------------------------------------ commands

	/**
	 * Runs a standalone command on the app-server ({@code command/exec}), outside any thread or turn, in its sandbox
	 * (the configured one unless {@link CommandOptions#sandbox()} says otherwise), and waits for its exit. The
	 * output is collected; see {@link #exec(List, CommandOptions, java.util.function.Consumer)} to stream it.
	 * @return the exit code with stdout and stderr (as UTF-8 text)
	 */
	public CommandResult exec(List<String> command, CommandOptions options) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		// one delivery thread at a time, in order: no locking needed
		dev.codexjava.protocol.generated.CommandExecResponse exit = exec(command, options,
				(chunk) -> (chunk.stderr() ? err : out).writeBytes(chunk.bytes())).await();
		return new CommandResult((exit.exitCode() != null) ? exit.exitCode().intValue() : -1,
				out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * Starts a standalone command on the app-server ({@code command/exec}) and returns at once: its stdout and
	 * stderr chunks are given to {@code output} as the server streams them ({@code command/exec/outputDelta}), in
	 * order, on a delivery thread (bounded like a {@link Subscription}); the handle waits for the exit, kills the
	 * command or writes to its stdin. The command is killed by the server after {@link CommandOptions#timeout()}
	 * (default {@link CodexConfig#requestTimeout()}). Never retried automatically.
	 */
	public CommandExecution exec(List<String> command, CommandOptions options,
			java.util.function.Consumer<? super CommandOutput> output) {
		return CommandExecution.start(core(), this.subscriptions, command, options, output);
	}

	// ------------------------------------------------------------------ raw

	/** Sends any app-server method and returns its raw result. */
	public JsonNode request(String method, Object params) {
		return ClientCore.await(this.async.request(method, params));
	}

	/** Sends any app-server method and maps its result onto {@code type}. */
	public <T> T request(String method, Object params, Class<T> type) {
		return ClientCore.await(this.async.request(method, params, type));
	}

	/**
	 * Sends a typed request (a descriptor of {@code dev.codexjava.protocol.generated.Methods}, params record) and
	 * returns its result record; see {@link AsyncCodex#request(Method, Object, RequestOptions)}.
	 */
	public <P, R> R request(Method<P, R> method, P params) {
		return ClientCore.await(this.async.request(method, params));
	}

	/** {@link #request(Method, Object)} with a per-call timeout and retry override. */
	public <P, R> R request(Method<P, R> method, P params, RequestOptions options) {
		return ClientCore.await(this.async.request(method, params, options));
	}

	/**
	 * Stops the app-server: closes its stdin, waits {@link CodexConfig#shutdownTimeout()}, then terminates and kills
	 * it and its descendants. Pending calls and open streams fail with
	 * {@link dev.codexjava.error.TransportClosedException}. Aborts a {@link #startAsync()} in progress. Idempotent.
	 */
	@Override
	public void close() {
		java.util.concurrent.CompletableFuture<Void> startup = this.starting;
		if (startup != null) {
			startup.cancel(true);
			this.starting = null;
		}
		if (this.pool != null) {
			this.pool.close();
			return;
		}
		this.lifecycle.lock();
		try {
			this.supervisor.stop();
			ClientCore current = this.core;
			if (current != null) {
				current.close();
			}
		}
		finally {
			this.lifecycle.unlock();
		}
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
