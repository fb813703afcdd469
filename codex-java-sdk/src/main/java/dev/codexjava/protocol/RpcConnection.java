package dev.codexjava.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.CodexProtocolException;
import dev.codexjava.error.CodexRpcException;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.JsonRpcMessage.ErrorResponse;
import dev.codexjava.protocol.JsonRpcMessage.Notification;
import dev.codexjava.protocol.JsonRpcMessage.Response;
import dev.codexjava.protocol.JsonRpcMessage.ServerRequest;
import dev.codexjava.transport.Transport;

/**
 * A JSON-RPC connection over a {@link Transport}: correlates responses with requests by id, applies a timeout to
 * every request, routes notifications to a {@link NotificationHandler}, and hands server requests to a
 * {@link ServerRequestHandler} (which answers them on its own threads). When the transport closes, every pending
 * request fails with the {@link TransportClosedException}.
 * <p>
 * Anything thrown while a message is handled on the reader thread that is not a {@link RuntimeException} (an
 * {@link OutOfMemoryError} while parsing a large message, an {@link AssertionError}, ...) leaves the connection in an
 * unknown state: it is closed at once with a {@link TransportClosedException} whose cause is that error, every pending
 * request fails with it, the close listeners are told (so a supervisor restarts as after a crash), and the transport
 * is closed. Lines that arrive after that are ignored.
 * <p>
 * Futures returned by {@link #request} complete on the reader thread; callers that hand them to application code must
 * hop to another executor first.
 */
@API(status = API.Status.INTERNAL)
public final class RpcConnection {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(RpcConnection.class);

		private Logs() {
		}

	}

	private final Transport transport;

	private final NotificationHandler notifications;

	private final ServerRequestHandler serverRequests;

	/** The requests' timeouts: one alarm on the scheduler, not a task per request. */
	private final RequestDeadlines deadlines;

	private final RpcObserver observer;

	private final AtomicLong ids = new AtomicLong();

	/** The method and ids of the last notifications, shared by the next ones (see ProtocolLineParser). */
	private final ProtocolLineParser.Recent recentValues = new ProtocolLineParser.Recent();

	/** Reads the streamed deltas of byte lines (reader thread only). */
	private final DeltaLineReader deltas = new DeltaLineReader();

	private final Map<Long, Pending> pending = new ConcurrentHashMap<>();

	/** Timed-out requests that still want a late answer (see {@link #request(String, JsonNode, Duration, Object, Consumer)}). */
	private final LateAnswers lateAnswers = new LateAnswers();

	private final List<Consumer<TransportClosedException>> closeListeners = new CopyOnWriteArrayList<>();

	private volatile TransportClosedException closedReason;

	/** Set by the first close, from the transport or from a failure on the reader thread (see {@link #fatal}). */
	private final AtomicBoolean closeHandled = new AtomicBoolean();

	public RpcConnection(Transport transport, NotificationHandler notifications, ServerRequestHandler serverRequests,
			ScheduledExecutorService scheduler, RpcObserver observer) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.notifications = Objects.requireNonNull(notifications, "notifications");
		this.serverRequests = Objects.requireNonNull(serverRequests, "serverRequests");
		this.deadlines = new RequestDeadlines(Objects.requireNonNull(scheduler, "scheduler"), this::expireRequests);
		this.observer = (observer != null) ? observer : RpcObserver.NONE;
	}

	/** Starts reading from the transport. */
	public void start() {
		this.transport.start(new Transport.Handler() {
			@Override
			public void onLine(String line) {
				handleLine(line, false);
			}

			@Override
			public void onLine(String line, boolean more) {
				handleLine(line, more);
			}

			/**
			 * A line as UTF-8 bytes (see {@link Transport.Handler#onLine(byte[], int, int, boolean)}): a streamed delta
			 * its handler takes typed ({@link NotificationHandler#takesDeltas}) is read from the bytes and handed over
			 * by {@link NotificationHandler#onDelta}; any other line (or a delta the handler hands back) is decoded and
			 * handled as {@link #handleLine(String, boolean)} does. Never throws. (The work is here, not in a method of
			 * the connection this one would call: each level the transport's reader goes through on a line is compiled
			 * by C2 again with everything below it inlined, a large compilation each.)
			 */
			@Override
			public void onLine(byte[] utf8, int offset, int length, boolean more) {
				if (RpcConnection.this.closeHandled.get()) {
					return;
				}
				try {
					try {
						if (!readDelta(utf8, offset, length) || !deliverDelta()) {
							handleMessage(new String(utf8, offset, length, StandardCharsets.UTF_8));
						}
					}
					finally {
						if (!more) {
							endBurst();
						}
					}
				}
				catch (Throwable ex) {
					fatal(ex);
				}
			}

			@Override
			public void onClosed(TransportClosedException reason) {
				handleClosed(reason);
			}
		});
	}

	/** Registers a callback run once when the connection closes (immediately if it already has). */
	public void onClose(Consumer<TransportClosedException> listener) {
		this.closeListeners.add(listener);
		TransportClosedException reason = this.closedReason;
		if (reason != null && this.closeListeners.remove(listener)) {
			listener.accept(reason);
		}
	}

	/** The transport underneath. */
	public Transport transport() {
		return this.transport;
	}

	/** Whether the connection is open. */
	public boolean isOpen() {
		return this.closedReason == null && this.transport.isOpen();
	}

	/** Why the connection closed, or {@code null} while open. */
	public TransportClosedException closedReason() {
		return this.closedReason;
	}

	/**
	 * Timer tasks this connection holds for its requests' timeouts: 0 or 1 whatever the number of requests (one alarm at
	 * the earliest deadline; an answered request cancels nothing, so the alarm may outlive the requests it was set for).
	 */
	public int timeoutTasks() {
		return this.deadlines.armed() ? 1 : 0;
	}

	/** Number of requests awaiting a response. */
	public int pendingRequests() {
		return this.pending.size();
	}

	/**
	 * Sends a request. The future completes with the {@code result} member, or exceptionally with a
	 * {@link CodexRpcException} subtype, a {@link CodexTimeoutException} after {@code timeout}, or a
	 * {@link TransportClosedException}.
	 * @param params an object node, or {@code null} to omit {@code params}
	 */
	public CompletableFuture<JsonNode> request(String method, JsonNode params, Duration timeout) {
		return request(method, params, timeout, null);
	}

	/**
	 * {@link #request(String, JsonNode, Duration)} with a value handed to the {@link RpcObserver} when the request
	 * ends ({@link RpcObserver#requestCompleted(String, Duration, Throwable, Object)}).
	 * @param attachment anything, or {@code null}
	 */
	public CompletableFuture<JsonNode> request(String method, JsonNode params, Duration timeout, Object attachment) {
		return request(method, params, timeout, attachment, null);
	}

	/**
	 * {@link #request(String, JsonNode, Duration, Object)} for a request whose answer still matters after its timeout:
	 * when it times out, an answer that comes later (up to {@link LateAnswers#LIMIT} such requests, until the
	 * connection closes) hands its {@code result} to {@code lateAnswer} on the reader thread, in its place among the
	 * server's lines (an error answer is dropped). For a request that starts something on the server (a turn), so
	 * that what it started can be stopped.
	 * @param lateAnswer told a late answer's result, or {@code null}: a late answer is dropped
	 */
	public CompletableFuture<JsonNode> request(String method, JsonNode params, Duration timeout, Object attachment,
			@Nullable Consumer<JsonNode> lateAnswer) {
		Objects.requireNonNull(method, "method");
		long id = this.ids.incrementAndGet();
		Pending p = new Pending(method, System.nanoTime(), attachment,
				(timeout != null && !timeout.isZero() && !timeout.isNegative()) ? timeout : null, lateAnswer);
		TransportClosedException closed = this.closedReason;
		if (closed != null) {
			// reported like any other attempt, so that whatever observes it (a span) ends too
			fail(p, closed.copy());
			return p.future;
		}
		this.pending.put(id, p);
		closed = this.closedReason;
		if (closed != null && this.pending.remove(id) != null) {
			// closed between the check above and the put: the close did not see this request
			fail(p, closed.copy());
			return p.future;
		}
		ObjectNode message = Json.object();
		message.put("id", id);
		message.put("method", method);
		if (params != null) {
			message.set("params", params);
		}
		if (p.timeout != null) {
			this.deadlines.arm(p.deadline);
		}
		try {
			this.transport.send(Json.write(message));
		}
		catch (TransportClosedException ex) {
			if (this.pending.remove(id) != null) {
				fail(p, ex);
			}
		}
		catch (RuntimeException ex) {
			if (this.pending.remove(id) != null) {
				fail(p, ex);
			}
		}
		return p.future;
	}

	/** Sends a notification (no response). */
	public void notify(String method, JsonNode params) {
		ObjectNode message = Json.object();
		message.put("method", method);
		if (params != null) {
			message.set("params", params);
		}
		this.transport.send(Json.write(message));
	}

	private void fail(Pending p, Throwable failure) {
		observe(p, failure);
		p.future.completeExceptionally(failure);
	}

	private void succeed(Pending p, JsonNode result) {
		observe(p, null);
		p.future.complete(result);
	}

	/** Tells the observer; its failure (even an {@link Error}) is logged: the caller gets its answer regardless. */
	private void observe(Pending p, @Nullable Throwable failure) {
		try {
			this.observer.requestCompleted(p.method, Duration.ofNanos(System.nanoTime() - p.startNanos), failure,
					p.attachment);
		}
		catch (Throwable ex) {
			Logs.log.error("The request observer failed for {}; the request ends as it would have", p.method, ex);
		}
	}

	/**
	 * Handles one line; unless {@code more} lines are at hand, ends the burst (see NotificationHandler). Never
	 * throws: a failure that is not a {@link RuntimeException} closes the connection (see {@link #fatal}).
	 */
	void handleLine(String line, boolean more) {
		if (this.closeHandled.get()) {
			return; // closed after a failure on this thread: the transport is being closed
		}
		try {
			try {
				handleMessage(line);
			}
			finally {
				if (!more) {
					endBurst();
				}
			}
		}
		catch (Throwable ex) {
			fatal(ex);
		}
	}

	/**
	 * Whether the line is a delta the handler takes typed, read into {@link #deltas}. A failure while reading it is
	 * logged and the line is read the general way, so that it is still handled.
	 */
	private boolean readDelta(byte[] utf8, int offset, int length) {
		try {
			return this.deltas.read(utf8, offset, length, this.notifications);
		}
		catch (RuntimeException ex) {
			Logs.log.warn("Reading a streamed delta from its bytes failed; reading the line the general way", ex);
			this.deltas.forget();
			return false;
		}
	}

	/** Hands the delta just read to the handler; whether it took it (a failure counts as taken, and is logged). */
	private boolean deliverDelta() {
		DeltaLineReader delta = this.deltas;
		try {
			return this.notifications.onDelta(delta.method(), delta.threadId(), delta.turnId(), delta.itemId(),
					delta.delta());
		}
		catch (RuntimeException ex) {
			Logs.log.error("Notification handler failed for {}; continuing", delta.method(), ex);
			return true;
		}
		finally {
			delta.forget();
		}
	}

	private void endBurst() {
		try {
			this.notifications.onBurstEnd();
		}
		catch (RuntimeException ex) {
			Logs.log.error("Notification handler failed at the end of a burst; continuing", ex);
		}
	}

	/**
	 * Something other than a {@link RuntimeException} escaped while a message was handled (out of memory, an
	 * assertion): the message may be half handled, so the connection cannot be trusted. Closes it with a reason that
	 * carries the error, fails every pending request at once, tells the close listeners, then closes the transport.
	 * Runs on the reader thread; allocates little, as the heap may be exhausted.
	 */
	private void fatal(Throwable error) {
		TransportClosedException reason = new TransportClosedException(
				"The client failed while handling a message from the Codex app-server (" + error
						+ "); the connection was closed",
				null, null);
		reason.initCause(error);
		Logs.log.error("Closing the connection to the Codex app-server: handling a message failed", error);
		try {
			handleClosed(reason);
		}
		catch (Throwable ex) {
			Logs.log.error("Failing the pending requests after an error on the reader thread failed", ex);
		}
		finally {
			// stops the child; its own close report is ignored, as the connection already closed
			this.transport.close();
		}
	}

	private void handleMessage(String line) {
		// a turn's notifications without Jackson's parser; everything else (and anything unusual) through Jackson
		JsonRpcMessage message = ProtocolLineParser.parse(line, this.recentValues, this.notifications);
		if (message instanceof Notification n && n.params() == ProtocolLineParser.IGNORED) {
			// nobody reads it (see NotificationHandler.ignores): checked, not built, not delivered
			return;
		}
		if (message == null) {
			message = parseMessage(line);
			if (message == null) {
				return;
			}
		}
		if (message instanceof Response response) {
			Pending p = removePending(response.id());
			if (p != null) {
				try {
					this.notifications.onAnswer(p.method, response.result());
				}
				catch (RuntimeException ex) {
					Logs.log.error("Notification handler failed on the answer to {}; continuing", p.method, ex);
				}
				succeed(p, response.result());
			}
			else {
				lateAnswer(response);
			}
		}
		else if (message instanceof ErrorResponse error) {
			Pending p = removePending(error.id());
			if (p != null) {
				CodexRpcException failure;
				try {
					failure = RpcErrors.toException(p.method, error.error());
				}
				catch (RuntimeException ex) {
					fail(p, undecodable(p.method, ex));
					return;
				}
				fail(p, failure);
			}
			else {
				// a timed-out request answered late with an error: nothing more to wait for
				takeLateAnswer(error.id());
				Logs.log.debug("Error response for unknown or timed-out request id {}: {}", error.id(), error.error());
			}
		}
		else if (message instanceof Notification notification) {
			try {
				this.notifications.onNotification(notification.method(), notification.params());
			}
			catch (RuntimeException ex) {
				Logs.log.error("Notification handler failed for {}; continuing", notification.method(), ex);
			}
		}
		else if (message instanceof ServerRequest request) {
			dispatchServerRequest(request);
		}
	}

	/**
	 * The message on a line, parsed by Jackson; {@code null} (logged) if it is not JSON-RPC. A response that cannot
	 * be decoded fails its request at once (rather than leaving it to its timeout).
	 */
	private JsonRpcMessage parseMessage(String line) {
		// the SDK's own parser first (the same tree, fewer objects); Jackson for anything it leaves
		JsonNode node = ProtocolLineParser.tree(line, this.recentValues);
		try {
			if (node == null) {
				node = Json.parse(line);
			}
		}
		catch (JacksonException ex) {
			Logs.log.warn("Skipping a line from the app-server that is not JSON ({}): {}", ex.getOriginalMessage(),
					abbreviate(line));
			unreadable(line, ex);
			return null;
		}
		JsonRpcMessage message;
		try {
			message = JsonRpcMessage.decode(node);
		}
		catch (RuntimeException ex) {
			JsonNode id = (node.isObject() && !node.has("method")) ? node.get("id") : null;
			Pending p = removePending(id);
			if (p != null) {
				fail(p, undecodable(p.method, ex));
			}
			else {
				Logs.log.warn("Skipping a message from the app-server that could not be decoded ({}): {}", ex.toString(),
						abbreviate(line));
			}
			return null;
		}
		if (message == null) {
			Logs.log.warn("Skipping a message from the app-server that is not JSON-RPC: {}", abbreviate(line));
		}
		return message;
	}

	/**
	 * A line Jackson refused: fails the request it answers, answers the server request it is, or ends the turn whose
	 * {@code turn/completed} it is (or whose event holds a value beyond the parser's limits), as far as the line
	 * tells; anything else stays skipped.
	 */
	private void unreadable(String line, JacksonException ex) {
		MessageEnvelope envelope = MessageEnvelope.scan(line);
		if (envelope.method() == null) {
			Pending p = removePending(envelope.id());
			if (p != null) {
				fail(p, undecodable(p.method, ex));
			}
		}
		else if (envelope.id() != null) {
			new IncomingRequest(envelope.id(), envelope.method(), null, System.nanoTime(), this.transport::send)
				.respondError(-32700, "the client could not parse the request: " + ex.getOriginalMessage());
		}
		else if ("turn/completed".equals(envelope.method()) || ex instanceof StreamConstraintsException) {
			try {
				this.notifications.onUnreadable(envelope.method(), envelope.threadId(), envelope.turnId(), ex);
			}
			catch (RuntimeException failure) {
				Logs.log.error("Notification handler failed for an unreadable {}; continuing", envelope.method(), failure);
			}
		}
	}

	/** An answer with no pending request: a timed-out request's that may still want it, else dropped. */
	private void lateAnswer(Response response) {
		JsonNode id = response.id();
		Consumer<JsonNode> onAnswer = takeLateAnswer(id);
		if (onAnswer == null) {
			Logs.log.debug("Response for unknown or timed-out request id {}", id);
			return;
		}
		try {
			onAnswer.accept(response.result());
		}
		catch (RuntimeException ex) {
			Logs.log.error("Handling the late answer to request {} failed; continuing", id, ex);
		}
	}

	/** What waits for the late answer with this id (no longer waiting), or {@code null}. */
	private @Nullable Consumer<JsonNode> takeLateAnswer(@Nullable JsonNode id) {
		return (id != null && id.canConvertToLong()) ? this.lateAnswers.take(id.asLong()) : null;
	}

	private static CodexProtocolException undecodable(String method, RuntimeException ex) {
		Logs.log.warn("The response to {} could not be decoded; failing the request: {}", method, ex.toString());
		return new CodexProtocolException("The response to " + method + " could not be read: " + ex.getMessage(), ex);
	}

	private Pending removePending(JsonNode id) {
		if (id == null || !id.canConvertToLong()) {
			return null;
		}
		return this.pending.remove(id.asLong());
	}

	private void dispatchServerRequest(ServerRequest request) {
		IncomingRequest incoming = new IncomingRequest(request.id(), request.method(), request.params(),
				System.nanoTime(), this.transport::send);
		try {
			this.serverRequests.handle(incoming);
		}
		catch (RuntimeException | Error ex) {
			// anything, Errors included: the server waits for this answer and would wait forever
			Logs.log.error("Handler for server request {} failed; answering with an error", request.method(), ex);
			incoming.respondError(-32603, "client handler failed: " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * The timeout alarm rang (timer thread): fails the requests whose deadline has passed with a
	 * {@link CodexTimeoutException} and arms the alarm for the earliest of the others.
	 */
	private void expireRequests(long now) {
		// the alarm is armed for the others first: a failure below (an observer's, a dependent stage's) must not leave
		// a request without a timeout
		List<Pending> expired = null;
		boolean waiting = false;
		long earliest = 0;
		for (Map.Entry<Long, Pending> entry : this.pending.entrySet()) {
			Pending p = entry.getValue();
			if (p.timeout == null) {
				continue;
			}
			if (now - p.deadline < 0) {
				if (!waiting || p.deadline - earliest < 0) {
					earliest = p.deadline;
				}
				waiting = true;
				continue;
			}
			long id = entry.getKey();
			if (p.lateAnswer != null) {
				// before the request leaves the pending map: the reader, finding neither, would drop the answer
				this.lateAnswers.expect(id, p.lateAnswer);
			}
			if (this.pending.remove(id, p)) {
				if (expired == null) {
					expired = new ArrayList<>();
				}
				expired.add(p);
			}
			else if (p.lateAnswer != null) {
				// answered just now, in time: nothing waits for a late answer
				this.lateAnswers.take(id);
			}
		}
		if (waiting) {
			this.deadlines.rearm(earliest);
		}
		if (expired == null) {
			return;
		}
		for (Pending p : expired) {
			try {
				fail(p, new CodexTimeoutException(
						p.method + " got no response within " + p.timeout.toMillis() + " ms", p.timeout));
			}
			catch (Throwable ex) {
				// every expired request is failed, whatever one of them does
				Logs.log.error("Failing a timed-out request ({}) failed", p.method, ex);
			}
		}
	}

	private void handleClosed(TransportClosedException reason) {
		if (!this.closeHandled.compareAndSet(false, true)) {
			Logs.log.debug("Connection already closed; ignoring a later close: {}", reason.getMessage());
			return;
		}
		this.closedReason = reason;
		this.deadlines.close();
		this.lateAnswers.clear();
		List<Pending> failed = new ArrayList<>();
		for (Long id : List.copyOf(this.pending.keySet())) {
			Pending p = this.pending.remove(id);
			if (p != null) {
				failed.add(p);
			}
		}
		for (Pending p : failed) {
			fail(p, reason.copy());
		}
		for (Consumer<TransportClosedException> listener : this.closeListeners) {
			if (this.closeListeners.remove(listener)) {
				try {
					listener.accept(reason);
				}
				catch (Throwable ex) {
					// every listener runs: the next one may be the one that restarts the process
					Logs.log.error("Close listener failed", ex);
				}
			}
		}
	}

	/** Closes the transport (see {@link Transport#close(Duration)}); pending requests fail. Idempotent. */
	public void close(Duration grace) {
		this.transport.close(grace);
	}

	private static String abbreviate(String line) {
		return (line.length() > 300) ? line.substring(0, 300) + "… (" + line.length() + " chars)" : line;
	}

	private static final class Pending {

		final String method;

		final long startNanos;

		final CompletableFuture<JsonNode> future = new CompletableFuture<>();

		final Object attachment;

		/** How long it may wait for its answer, or {@code null}: no limit. */
		final @Nullable Duration timeout;

		/** When it times out (nanoTime), with a {@link #timeout}. */
		final long deadline;

		/** Told an answer that comes after the timeout, or {@code null}. */
		final @Nullable Consumer<JsonNode> lateAnswer;

		Pending(String method, long startNanos, Object attachment, @Nullable Duration timeout,
				@Nullable Consumer<JsonNode> lateAnswer) {
			this.method = method;
			this.startNanos = startNanos;
			this.attachment = attachment;
			this.timeout = timeout;
			this.lateAnswer = lateAnswer;
			this.deadline = (timeout != null) ? startNanos + saturatedNanos(timeout) : 0;
		}

		private static long saturatedNanos(Duration timeout) {
			// a timeout too long for nanoseconds (Duration.ofDays(365 * 300)) waits as long as nanoTime can count
			return (timeout.compareTo(Duration.ofNanos(Long.MAX_VALUE / 2)) > 0) ? Long.MAX_VALUE / 2 : timeout.toNanos();
		}

	}

}
