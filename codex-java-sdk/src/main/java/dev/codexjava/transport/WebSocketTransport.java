package dev.codexjava.transport;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.error.TransportClosedException;

/**
 * A connection to a running app-server over {@code wss://} (TLS stays with the JDK), or over {@code ws://} when the
 * JVM's proxy selector routes it through an HTTP proxy, with the JDK's {@link java.net.http.WebSocket} (plain
 * {@code ws://} otherwise goes through the cheaper {@code SocketWebSocketTransport}): one JSON-RPC message per text
 * frame, fragmented messages reassembled up to the message-size limit, credentials on the upgrade request. Inbound
 * messages are handed to the handler on the WebSocket's callback thread, one at a time; frames are requested
 * {@value #FRAME_BATCH} at a time, and since the handler runs inside the callback, at most one message is held (the
 * backlog stays bounded: a handler that does not return stops the reading). The last message of a burst (the frames
 * the JDK's receive task handled in one run on this transport's executor) is held until the burst ends, so the handler
 * learns that more follow ({@link Handler#onLine(String, boolean)}) and can wake its consumers once per burst, as with
 * stdio. Closing sends a close frame and waits the grace period for the server's; it never affects the server process.
 */
final class WebSocketTransport implements Transport {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(WebSocketTransport.class);

		private Logs() {
		}

	}

	private static final AtomicInteger INSTANCES = new AtomicInteger();

	/** Outbound bytes allowed to wait for a server that does not read before {@link #send} refuses more. */
	static final long MAX_QUEUED_BYTES = StdioProcessTransport.MAX_QUEUED_BYTES;

	/** Frames requested from the WebSocket at a time (delivery stays one message at a time). */
	static final int FRAME_BATCH = 32;

	private final ConnectionTarget target;

	private final int maxMessageBytes;

	private final Duration connectTimeout;

	private final MessageAssembler assembler;

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean closing = new AtomicBoolean();

	private final AtomicBoolean closeReported = new AtomicBoolean();

	private final CompletableFuture<Void> peerClosed = new CompletableFuture<>();

	private final AtomicLong queuedBytes = new AtomicLong();

	private final Object sendLock = new Object();

	private final int instance = INSTANCES.incrementAndGet();

	private @Nullable ExecutorService executor;

	private volatile @Nullable WebSocket webSocket;

	private volatile @Nullable Handler handler;

	private volatile @Nullable TransportClosedException closedReason;

	private CompletableFuture<?> sendTail = CompletableFuture.completedFuture(null);

	/** Serialises delivery to the handler; guards {@link #pending}. */
	private final Object deliveryLock = new Object();

	/** The last message of the current burst, held until the next one arrives or the burst ends. */
	private @Nullable String pending;

	WebSocketTransport(ConnectionTarget target, int maxMessageBytes, Duration connectTimeout) {
		if (maxMessageBytes < 1024) {
			throw new IllegalArgumentException("maxMessageBytes must be at least 1024, was " + maxMessageBytes);
		}
		this.target = target;
		this.maxMessageBytes = maxMessageBytes;
		this.connectTimeout = connectTimeout;
		this.assembler = new MessageAssembler(maxMessageBytes);
	}

	/**
	 * Connects and completes the WebSocket upgrade within the connect timeout.
	 * @throws CodexStartupException naming the endpoint: {@code AUTHENTICATION_FAILED} when the server refuses the
	 * credentials (HTTP 401/403), else {@code CONNECTION_FAILED}
	 */
	@Override
	public void start(Handler handler) {
		if (!this.started.compareAndSet(false, true)) {
			throw new IllegalStateException("transport already started");
		}
		this.handler = java.util.Objects.requireNonNull(handler, "handler");
		String where = this.target.uri().toString();
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new TaskThread(runnable, "codex-ws-" + this.instance + "-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		ExecutorService pool = this.executor;
		HttpClient.Builder clientBuilder = HttpClient.newBuilder()
			.connectTimeout(this.connectTimeout)
			.executor((task) -> pool.execute(() -> runTask(task)));
		if (this.target.sslContext() != null) {
			clientBuilder.sslContext(this.target.sslContext());
		}
		HttpClient client = clientBuilder.build();
		WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(this.connectTimeout);
		String authorization = this.target.auth().authorizationHeader(where);
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		CompletableFuture<WebSocket> connecting = builder.buildAsync(this.target.uri(), new Listener());
		try {
			this.webSocket = connecting.get(this.connectTimeout.toNanos(), TimeUnit.NANOSECONDS);
			Logs.log.debug("Connected to the Codex app-server at {}", where);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			connecting.cancel(true);
			failStart();
			throw new CodexStartupException(Reason.CONNECTION_FAILED, "Interrupted while connecting to " + where, ex);
		}
		catch (TimeoutException ex) {
			connecting.cancel(true);
			failStart();
			throw new CodexStartupException(Reason.CONNECTION_FAILED, "Could not connect to the Codex app-server at "
					+ where + " within " + this.connectTimeout.toMillis() + " ms (startupTimeout)");
		}
		catch (ExecutionException ex) {
			failStart();
			throw startFailure(where, ex.getCause());
		}
	}

	private void failStart() {
		this.closing.set(true);
		this.executor.shutdown();
	}

	static CodexStartupException startFailure(String where, Throwable cause) {
		Throwable root = cause;
		while (root.getCause() != null && !(root instanceof WebSocketHandshakeException)
				&& !(root instanceof ConnectException) && !(root instanceof HttpTimeoutException)) {
			root = root.getCause();
		}
		if (root instanceof WebSocketHandshakeException handshake) {
			return upgradeRefused(where, handshake.getResponse().statusCode());
		}
		String detail;
		if (root instanceof HttpConnectTimeoutException || root instanceof HttpTimeoutException) {
			detail = "timed out";
		}
		else if (root instanceof ConnectException) {
			detail = "connection refused or host unreachable";
		}
		else if (root instanceof UnresolvedAddressException) {
			detail = "unknown host";
		}
		else if (root instanceof SSLException) {
			detail = "TLS failed: " + root.getMessage();
		}
		else {
			detail = root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
		}
		return new CodexStartupException(Reason.CONNECTION_FAILED,
				"Could not connect to the Codex app-server at " + where + " (" + detail + ")", cause);
	}

	/**
	 * The failure for a WebSocket upgrade answered with HTTP {@code status} instead of 101: {@code AUTHENTICATION_FAILED}
	 * for 401/403, else {@code CONNECTION_FAILED}; the message names the endpoint, never the credentials.
	 */
	static CodexStartupException upgradeRefused(String where, int status) {
		if (status == 401 || status == 403) {
			return new CodexStartupException(Reason.AUTHENTICATION_FAILED, "Connecting to the Codex app-server at "
					+ where + ": authentication failed (HTTP " + status + "). Check the capability token or the "
					+ "signed-token secret, issuer, audience and clock (RemoteAuth) against the server's --ws-auth "
					+ "settings.");
		}
		return new CodexStartupException(Reason.CONNECTION_FAILED, "Connecting to the Codex app-server at " + where
				+ ": the WebSocket upgrade was refused (HTTP " + status + "). Is this a codex app-server "
				+ "--listen ws:// endpoint?");
	}

	/** A thread of this transport's executor, telling whether it is running one of the WebSocket's tasks. */
	private static final class TaskThread extends Thread {

		boolean inTask;

		TaskThread(Runnable runnable, String name) {
			super(runnable, name);
		}

	}

	/** Runs one of the WebSocket's tasks; the messages it received form a burst, ended when it returns. */
	private void runTask(Runnable task) {
		TaskThread thread = (TaskThread) Thread.currentThread();
		thread.inTask = true;
		try {
			task.run();
		}
		finally {
			thread.inTask = false;
			synchronized (this.deliveryLock) {
				flushPending();
			}
		}
	}

	/** Delivers the held message as the last of its burst. Called holding {@link #deliveryLock}. */
	private void flushPending() {
		String held = this.pending;
		if (held != null) {
			this.pending = null;
			deliver(held, false);
		}
	}

	/** Hands one whole message over: the held one goes first (more follow), this one is held while in a burst. */
	private void receive(String message) {
		Thread current = Thread.currentThread();
		boolean inBurst = current instanceof TaskThread thread && thread.inTask;
		synchronized (this.deliveryLock) {
			if (this.closeReported.get()) {
				return;
			}
			String held = this.pending;
			if (held != null) {
				this.pending = null;
				deliver(held, true);
			}
			if (inBurst) {
				this.pending = message;
			}
			else {
				// on a thread that no task end will flush (the HttpClient's selector): deliver at once
				deliver(message, false);
			}
		}
	}

	private final class Listener implements WebSocket.Listener {

		/** Frames still requested; touched only by the WebSocket's callbacks, which never overlap. */
		private int credit;

		@Override
		public void onOpen(WebSocket ws) {
			this.credit = FRAME_BATCH;
			ws.request(FRAME_BATCH);
		}

		@Override
		public @Nullable CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
			String message = WebSocketTransport.this.assembler.add(data, last);
			if (message == MessageAssembler.OVERSIZED) {
				Logs.log.warn("Skipped an app-server message of {} bytes (limit {} bytes)",
						WebSocketTransport.this.assembler.lastOversizedLength(), WebSocketTransport.this.maxMessageBytes);
			}
			else if (message != null && !message.isEmpty()) {
				receive(message);
			}
			consumed(ws);
			return null;
		}

		@Override
		public @Nullable CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
			Logs.log.debug("Ignored a binary WebSocket frame of {} bytes from the app-server", data.remaining());
			consumed(ws);
			return null;
		}

		private void consumed(WebSocket ws) {
			if (--this.credit == 0) {
				this.credit = FRAME_BATCH;
				ws.request(FRAME_BATCH);
			}
		}

		@Override
		public @Nullable CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
			WebSocketTransport.this.peerClosed.complete(null);
			reportClosed(WebSocketTransport.this.closing.get() ? "Codex client closed"
					: "The Codex app-server at " + WebSocketTransport.this.target.uri() + " closed the connection"
							+ " (WebSocket status " + statusCode + ((reason != null && !reason.isEmpty())
									? ", " + reason : "") + ")");
			return null;
		}

		@Override
		public void onError(WebSocket ws, Throwable error) {
			WebSocketTransport.this.peerClosed.complete(null);
			Logs.log.debug("WebSocket to {} failed: {}", WebSocketTransport.this.target.uri(), error.toString());
			reportClosed(WebSocketTransport.this.closing.get() ? "Codex client closed"
					: "The connection to the Codex app-server at " + WebSocketTransport.this.target.uri()
							+ " was lost (" + error.getClass().getSimpleName() + ")");
		}

	}

	private void deliver(String line, boolean more) {
		try {
			this.handler.onLine(line, more);
		}
		catch (RuntimeException ex) {
			Logs.log.error("Error while handling an app-server message; continuing", ex);
		}
	}

	private void reportClosed(String reason) {
		if (!this.closeReported.compareAndSet(false, true)) {
			return;
		}
		if (!this.closing.get()) {
			Logs.log.warn("{}", reason);
		}
		synchronized (this.deliveryLock) {
			// what was received before the close is delivered, before onClosed; nothing after it
			flushPending();
		}
		TransportClosedException ex = new TransportClosedException(reason, null, List.of());
		this.closedReason = ex;
		WebSocket ws = this.webSocket;
		if (ws != null && !this.closing.get()) {
			ws.abort();
		}
		try {
			this.handler.onClosed(ex);
		}
		catch (RuntimeException e) {
			Logs.log.error("Error in transport close handler", e);
		}
	}

	@Override
	public void send(String line) {
		WebSocket ws = this.webSocket;
		if (ws == null || this.closing.get()) {
			throw new TransportClosedException("Codex connection is closed", null, null);
		}
		TransportClosedException reason = this.closedReason;
		if (reason != null) {
			throw reason.copy();
		}
		long size = MessageAssembler.utf8Length(line);
		long waiting = this.queuedBytes.get();
		if (waiting > MAX_QUEUED_BYTES) {
			throw new CodexException("The Codex app-server at " + this.target.uri() + " is not reading ("
					+ waiting + " bytes waiting); it may be hung. Restart the client or close it.");
		}
		this.queuedBytes.addAndGet(size);
		synchronized (this.sendLock) {
			// the WebSocket allows one outstanding send: chain them, in order
			this.sendTail = this.sendTail.handle((ignored, failure) -> null)
				.thenCompose((ignored) -> ws.sendText(line, true))
				.whenComplete((ignored, failure) -> {
					this.queuedBytes.addAndGet(-size);
					if (failure != null && !this.closing.get()) {
						Logs.log.debug("WebSocket send to {} failed: {}", this.target.uri(), failure.toString());
						reportClosed("The connection to the Codex app-server at " + this.target.uri()
								+ " was lost while sending");
					}
				});
		}
	}

	@Override
	public boolean isOpen() {
		WebSocket ws = this.webSocket;
		return ws != null && !ws.isInputClosed() && !this.closeReported.get() && !this.closing.get();
	}

	@Override
	public OptionalLong pid() {
		return OptionalLong.empty();
	}

	@Override
	public void close(Duration grace) {
		if (!this.closing.compareAndSet(false, true)) {
			return;
		}
		WebSocket ws = this.webSocket;
		if (ws != null) {
			CompletableFuture<?> tail;
			synchronized (this.sendLock) {
				tail = this.sendTail.handle((ignored, failure) -> null)
					.thenCompose((ignored) -> ws.sendClose(WebSocket.NORMAL_CLOSURE, ""));
			}
			try {
				CompletableFuture.allOf(tail, this.peerClosed)
					.get(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				Logs.log.debug("The app-server at {} did not complete the close handshake: {}", this.target.uri(),
						ex.toString());
			}
			ws.abort();
		}
		if (this.handler != null) {
			reportClosed("Codex client closed");
		}
		if (this.executor != null) {
			this.executor.shutdown();
		}
	}

	@Override
	public String toString() {
		return "WebSocketTransport[" + this.target.uri() + "]";
	}

}
