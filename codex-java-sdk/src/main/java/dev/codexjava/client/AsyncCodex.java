package dev.codexjava.client;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.protocol.model.ModelInfo;
import dev.codexjava.protocol.model.ServerInfo;
import dev.codexjava.protocol.model.ThreadInfo;

/**
 * The non-blocking face of a Codex client: the same operations as {@link Codex}, returning
 * {@link CompletableFuture}s that complete on the client's worker threads. {@code codex.async()} and
 * {@link AsyncCodex#start(CodexConfig)} share one process and connection with the blocking face
 * ({@link #blocking()}): both forward to one engine.
 */
public final class AsyncCodex implements AutoCloseable {

	private final CodexEngine engine;

	private final Codex blocking;

	AsyncCodex(CodexEngine engine, Codex blocking) {
		this.engine = engine;
		this.blocking = blocking;
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
		return this.engine.serverInfo();
	}

	/** The app-server's process id, if it is a local process. */
	public OptionalLong pid() {
		return this.engine.pid();
	}

	/** Whether the app-server is running and connected. */
	public boolean isRunning() {
		return this.engine.isRunning();
	}

	/** Turns currently running through this client. */
	public int activeTurns() {
		return this.engine.activeTurns();
	}

	/** The app-servers this client fronts (see {@link Codex#servers()}). */
	public List<ServerStatus> servers() {
		return this.engine.servers();
	}

	// ------------------------------------------------------------------ threads

	/** Starts a new thread with the server's defaults. */
	public CompletableFuture<CodexThread> startThread() {
		return startThread(ThreadOptions.none());
	}

	/** Starts a new thread. */
	public CompletableFuture<CodexThread> startThread(ThreadOptions options) {
		return this.engine.startThread(options);
	}

	/** Resumes a stored thread by id (for example after a restart). */
	public CompletableFuture<CodexThread> resumeThread(String threadId) {
		return resumeThread(threadId, ThreadOptions.none());
	}

	/** Resumes a stored thread by id with overrides. */
	public CompletableFuture<CodexThread> resumeThread(String threadId, ThreadOptions options) {
		return this.engine.resumeThread(threadId, options);
	}

	/** Forks a thread: a new thread with a copy of its history. */
	public CompletableFuture<CodexThread> forkThread(String threadId) {
		return forkThread(threadId, ThreadOptions.none());
	}

	/** Forks a thread with overrides. */
	public CompletableFuture<CodexThread> forkThread(String threadId, ThreadOptions options) {
		return this.engine.forkThread(threadId, options);
	}

	/** Forks a thread up to a turn ({@link ForkOptions#lastTurnId()}) or whole, with the new thread's options. */
	public CompletableFuture<CodexThread> forkThread(String threadId, ForkOptions options) {
		return this.engine.forkThread(threadId, options);
	}

	/** Archives a thread. */
	public CompletableFuture<Void> archiveThread(String threadId) {
		return this.engine.archiveThread(threadId);
	}

	/** Restores an archived thread. */
	public CompletableFuture<CodexThread> unarchiveThread(String threadId) {
		return this.engine.unarchiveThread(threadId);
	}

	/** One page of threads; {@code cursor} {@code null} for the first. */
	public CompletableFuture<ThreadPage> listThreadsPage(ThreadListOptions options, @Nullable String cursor) {
		return this.engine.listThreadsPage(options, cursor);
	}

	/** Every thread (all pages). */
	public CompletableFuture<List<ThreadInfo>> listThreads(ThreadListOptions options) {
		return this.engine.listThreads(options);
	}

	// ------------------------------------------------------------------ models and account

	/** Every visible model (all pages). */
	public CompletableFuture<List<ModelInfo>> models() {
		return models(false);
	}

	/** Every model (all pages), hidden ones included on request. */
	public CompletableFuture<List<ModelInfo>> models(boolean includeHidden) {
		return this.engine.models(includeHidden);
	}

	/** The signed-in account. */
	public CompletableFuture<AccountInfo> account() {
		return account(false);
	}

	/** The signed-in account, optionally refreshing its token. */
	public CompletableFuture<AccountInfo> account(boolean refreshToken) {
		return this.engine.account(refreshToken);
	}

	/** Logs in with an OpenAI API key (sent through the protocol, never logged). */
	public CompletableFuture<Void> loginApiKey(String apiKey) {
		return this.engine.loginApiKey(apiKey);
	}

	/** Starts the ChatGPT browser login; open the handle's {@code authUrl}. */
	public CompletableFuture<LoginHandle> loginChatgpt() {
		return this.engine.loginChatgpt();
	}

	/** Starts the ChatGPT device-code login; show the handle's verification URL and code. */
	public CompletableFuture<LoginHandle> loginChatgptDeviceCode() {
		return this.engine.loginChatgptDeviceCode();
	}

	/** Signs out. */
	public CompletableFuture<Void> logout() {
		return this.engine.logout();
	}

	// ------------------------------------------------------------------ raw

	/**
	 * Sends any app-server method (the escape hatch for the methods this SDK does not wrap).
	 * @param params a record, map, {@link JsonNode} or {@code null}; an object is required by most methods
	 */
	public CompletableFuture<JsonNode> request(String method, @Nullable Object params) {
		return this.engine.request(method, params);
	}

	/** {@link #request(String, Object)} with the result mapped onto {@code type}. */
	public <T> CompletableFuture<T> request(String method, Object params, Class<T> type) {
		return this.engine.request(method, params, type);
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
		return this.engine.request(method, params, options);
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
				return AsyncCodex.this.engine.core().captureContext();
			}
		});
	}

	/** Stops the app-server (see {@link Codex#close()}). */
	@Override
	public void close() {
		this.engine.close();
	}

}
