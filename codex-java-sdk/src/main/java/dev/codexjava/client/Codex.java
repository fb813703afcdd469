package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.NotificationType;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.protocol.model.ModelInfo;
import dev.codexjava.protocol.model.ServerInfo;
import dev.codexjava.protocol.model.ThreadInfo;
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
 * {@link CodexConfig#retryPolicy()}. For a non-blocking API over the same connection use {@link #async()}. Both faces
 * forward to one engine; this one waits for its futures.
 */
public final class Codex implements AutoCloseable {

	/** The oldest app-server version this SDK accepts; an older one fails the start with {@code VERSION_TOO_OLD}. */
	public static final String MINIMUM_SERVER_VERSION = ServerVersionPolicy.MINIMUM;

	/**
	 * The newest app-server version this SDK is tested with. A newer one is used, with one WARN per version and JVM
	 * (see {@code docs/compatibility.md}).
	 */
	public static final String NEWEST_TESTED_SERVER_VERSION = ServerVersionPolicy.NEWEST_TESTED;

	private final CodexEngine engine;

	private final AsyncCodex async;

	private Codex(CodexEngine engine) {
		this.engine = engine;
		this.async = new AsyncCodex(engine, this);
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
		Codex codex = create(config, transport);
		codex.start();
		return codex;
	}

	/**
	 * Creates a client without starting anything (for containers that start it later, e.g. Spring's lifecycle).
	 * Call {@link #start()} before using it.
	 */
	public static Codex create(CodexConfig config) {
		return new Codex(new CodexEngine(config, null, null));
	}

	/** Creates a client over a given transport without starting it (fault injection, other transports). */
	public static Codex create(CodexConfig config, Transport transport) {
		return new Codex(new CodexEngine(config, Objects.requireNonNull(transport, "transport"), null));
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
	public static Codex create(CodexConfig config, Supplier<Transport> transports) {
		return new Codex(new CodexEngine(config, null, Objects.requireNonNull(transports, "transports")));
	}

	/**
	 * Starts the app-server and completes the handshake; does nothing if it is already running. After
	 * {@link #close()}, starts a new process (threads of the old one must be resumed by id).
	 * @throws dev.codexjava.error.CodexStartupException if start-up fails
	 */
	public void start() {
		this.engine.start();
	}

	/**
	 * Starts the app-server on a background thread and returns at once. Calls made before the handshake is done
	 * wait for it (at most {@link CodexConfig#startupTimeout()}) instead of failing, and fail with the start-up
	 * error if it fails. Cancelling the returned future aborts a start in progress.
	 * @return completes when the handshake is done, or exceptionally with the start-up error
	 */
	public CompletableFuture<Void> startAsync() {
		return this.engine.startAsync();
	}

	/**
	 * Stops the current app-server (if any) and starts a new one, e.g. when it hangs. Threads resume themselves on
	 * their next turn; calls in flight fail with {@link dev.codexjava.error.TransportClosedException}.
	 */
	public void restart() {
		this.engine.restart();
	}

	/**
	 * Whether a restart after an unexpected exit is in progress (for a remote {@link CodexConfig#endpoint()}: a
	 * reconnect after a dropped connection).
	 */
	public boolean isRestarting() {
		return this.engine.isRestarting();
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
	public Optional<TransportClosedException> closedReason() {
		return this.engine.closedReason();
	}

	/** The engine behind both faces (for tests of the internals). */
	CodexEngine engine() {
		return this.engine;
	}

	/** The current connection, waiting for a start or restart in progress (for tests of the internals). */
	ClientCore core() {
		return this.engine.core();
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
		return this.engine.config();
	}

	/** What the server reported in the handshake (version, CODEX_HOME, platform). */
	public ServerInfo serverInfo() {
		return this.engine.serverInfo();
	}

	/** The server version, e.g. {@code 0.169.0} ({@code null} before start or if unreadable). */
	public @Nullable String serverVersion() {
		return this.engine.serverVersion();
	}

	/**
	 * The app-server's process id (empty when not started, always for a remote endpoint, and for a pool: see
	 * {@link #servers()}).
	 */
	public OptionalLong pid() {
		return this.engine.pid();
	}

	/** Whether the app-server is running and connected. */
	public boolean isRunning() {
		return this.engine.isRunning();
	}

	/**
	 * Whether the app-server can take work now. For a remote endpoint the server's {@code GET /readyz} is asked (at
	 * most 2 s; for {@code unix://}, whether the socket accepts a connection), independent of this client's own
	 * connection: true while the client is still reconnecting means the next attempt will succeed. For a child
	 * process it is {@link #isRunning()}.
	 */
	public boolean isServerReady() {
		return this.engine.isServerReady();
	}

	/** Turns currently running through this client. */
	public int activeTurns() {
		return this.engine.activeTurns();
	}

	/**
	 * The app-servers this client fronts, in configuration order: one named {@code "default"} unless
	 * {@link CodexConfig#servers()} configures a pool. Cheap (no request); for health checks.
	 */
	public List<ServerStatus> servers() {
		return this.engine.servers();
	}

	// ------------------------------------------------------------------ threads

	/** Starts a new thread with the server's defaults. */
	public CodexThread startThread() {
		return Futures.await(this.engine.startThread(ThreadOptions.none()));
	}

	/** Starts a new thread. */
	public CodexThread startThread(ThreadOptions options) {
		return Futures.await(this.engine.startThread(options));
	}

	/** Resumes a stored thread by id (for example from a new process). */
	public CodexThread resumeThread(String threadId) {
		return Futures.await(this.engine.resumeThread(threadId, ThreadOptions.none()));
	}

	/** Resumes a stored thread with overrides. */
	public CodexThread resumeThread(String threadId, ThreadOptions options) {
		return Futures.await(this.engine.resumeThread(threadId, options));
	}

	/** Forks a thread into a new one with a copy of its history. */
	public CodexThread forkThread(String threadId) {
		return Futures.await(this.engine.forkThread(threadId, ThreadOptions.none()));
	}

	/** Forks a thread with overrides. */
	public CodexThread forkThread(String threadId, ThreadOptions options) {
		return Futures.await(this.engine.forkThread(threadId, options));
	}

	/** Archives a thread. */
	public void archiveThread(String threadId) {
		Futures.await(this.engine.archiveThread(threadId));
	}

	/** Restores an archived thread. */
	public CodexThread unarchiveThread(String threadId) {
		return Futures.await(this.engine.unarchiveThread(threadId));
	}

	/** All threads, fetched page by page as the stream is consumed. */
	public Stream<ThreadInfo> listThreads() {
		return listThreads(ThreadListOptions.none());
	}

	/** Matching threads, fetched page by page as the stream is consumed. */
	public Stream<ThreadInfo> listThreads(ThreadListOptions options) {
		return Pages.stream((cursor) -> {
			ThreadPage page = Futures.await(this.engine.listThreadsPage(options, cursor));
			return new Pages.Page<>(page.threads(), page.nextCursor());
		});
	}

	// ------------------------------------------------------------------ models and account

	/** Every visible model (all pages). */
	public List<ModelInfo> models() {
		return Futures.await(this.engine.models(false));
	}

	/** Every model, hidden ones included on request (all pages). */
	public List<ModelInfo> models(boolean includeHidden) {
		return Futures.await(this.engine.models(includeHidden));
	}

	/** The signed-in account. */
	public AccountInfo account() {
		return Futures.await(this.engine.account(false));
	}

	/** The signed-in account, optionally refreshing its token. */
	public AccountInfo account(boolean refreshToken) {
		return Futures.await(this.engine.account(refreshToken));
	}

	/** Logs in with an OpenAI API key (sent through the protocol, never on the command line, never logged). */
	public void loginApiKey(String apiKey) {
		Futures.await(this.engine.loginApiKey(apiKey));
	}

	/** Starts the ChatGPT browser login. */
	public LoginHandle loginChatgpt() {
		return Futures.await(this.engine.loginChatgpt());
	}

	/** Starts the ChatGPT device-code login. */
	public LoginHandle loginChatgptDeviceCode() {
		return Futures.await(this.engine.loginChatgptDeviceCode());
	}

	/** Signs out. */
	public void logout() {
		Futures.await(this.engine.logout());
	}

	// ------------------------------------------------------------------ liveness

	/**
	 * Checks that the app-server answers: sends a cheap request ({@code thread/loaded/list}) with its own timeout,
	 * without automatic retry. Use it for liveness probes; a hung server fails it with
	 * {@link dev.codexjava.error.CodexTimeoutException} and can then be {@link #restart() restarted}.
	 * @return the round-trip time
	 */
	public Duration ping(Duration timeout) {
		return this.engine.ping(timeout);
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
	public <P> Subscription subscribe(NotificationType<P> type, Consumer<? super P> subscriber) {
		return this.engine.subscribe(type, null, subscriber);
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
	public CommandExecution exec(List<String> command, CommandOptions options, Consumer<? super CommandOutput> output) {
		return this.engine.exec(command, options, output);
	}

	// ------------------------------------------------------------------ raw

	/** Sends any app-server method and returns its raw result. */
	public JsonNode request(String method, @Nullable Object params) {
		return Futures.await(this.engine.request(method, params));
	}

	/** Sends any app-server method and maps its result onto {@code type}. */
	public <T> T request(String method, @Nullable Object params, Class<T> type) {
		return Futures.await(this.engine.request(method, params, type));
	}

	/**
	 * Sends a typed request (a descriptor of {@code dev.codexjava.protocol.generated.Methods}, params record) and
	 * returns its result record; see {@link AsyncCodex#request(Method, Object, RequestOptions)}.
	 */
	public <P, R> R request(Method<P, R> method, P params) {
		return Futures.await(this.engine.request(method, params, RequestOptions.defaults()));
	}

	/** {@link #request(Method, Object)} with a per-call timeout and retry override. */
	public <P, R> R request(Method<P, R> method, P params, RequestOptions options) {
		return Futures.await(this.engine.request(method, params, options));
	}

	/**
	 * Stops the app-server: closes its stdin, waits {@link CodexConfig#shutdownTimeout()}, then terminates and kills
	 * it and its descendants. Pending calls and open streams fail with
	 * {@link dev.codexjava.error.TransportClosedException}. Aborts a {@link #startAsync()} in progress. Idempotent.
	 */
	@Override
	public void close() {
		this.engine.close();
	}

	@Override
	public String toString() {
		return this.engine.toString();
	}

}
