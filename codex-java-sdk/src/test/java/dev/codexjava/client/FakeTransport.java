package dev.codexjava.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.transport.Transport;

/**
 * A scriptable in-memory app-server for client tests. Every line the client sends is parsed and recorded; requests are
 * answered by per-method {@link Responder}s (one-shot scripted ones first, then a persistent one, else an empty
 * result). Lines for the client are queued and delivered one at a time by a single daemon "fake-reader" thread, like
 * the real transport's reader. {@code initialize} is answered automatically with a configurable user agent.
 */
final class FakeTransport implements Transport {

	private static final Logger log = LoggerFactory.getLogger(FakeTransport.class);

	static final String DEFAULT_USER_AGENT = "fake/0.169.0 (test)";

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static final AtomicInteger INSTANCES = new AtomicInteger();

	/** How the fake answers one request. */
	static final class Reply {

		private final JsonNode result;

		private final JsonNode error;

		private final List<String> before = new ArrayList<>();

		private final List<String> after = new ArrayList<>();

		private Reply(JsonNode result, JsonNode error) {
			this.result = result;
			this.error = error;
		}

		/** A successful response with this result (JSON text). */
		static Reply result(String json) {
			return new Reply(Json.parse(json), null);
		}

		/** A successful response with this result. */
		static Reply result(JsonNode result) {
			return new Reply(result, null);
		}

		/** An error response. */
		static Reply error(int code, String message) {
			ObjectNode error = Json.object();
			error.put("code", code);
			error.put("message", message);
			return new Reply(null, error);
		}

		/** An error response with data (JSON text). */
		static Reply error(int code, String message, String dataJson) {
			ObjectNode error = Json.object();
			error.put("code", code);
			error.put("message", message);
			error.set("data", Json.parse(dataJson));
			return new Reply(null, error);
		}

		/** No response at all (the request hangs). */
		static Reply none() {
			return new Reply(null, null);
		}

		/** Lines pushed to the client before the response. */
		Reply pushFirst(String... lines) {
			this.before.addAll(List.of(lines));
			return this;
		}

		/** Lines pushed to the client after the response. */
		Reply thenPush(String... lines) {
			this.after.addAll(List.of(lines));
			return this;
		}

	}

	/** Computes the reply to one request from its params (may be {@code null}). */
	@FunctionalInterface
	interface Responder {

		Reply respond(JsonNode params);

	}

	private record Close(TransportClosedException reason) {
	}

	private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();

	private final Map<String, Deque<Responder>> scripted = new ConcurrentHashMap<>();

	private final Map<String, Responder> responders = new ConcurrentHashMap<>();

	/** Per method, what the caller's {@link #send} waits for after its reply was queued (see {@link #holdSender}). */
	private final Map<String, java.util.concurrent.CountDownLatch> heldSenders = new ConcurrentHashMap<>();

	private final List<JsonNode> sent = new CopyOnWriteArrayList<>();

	private final AtomicLong enqueued = new AtomicLong();

	private final AtomicLong delivered = new AtomicLong();

	private final AtomicInteger closeCalls = new AtomicInteger();

	private final AtomicInteger closedNotifications = new AtomicInteger();

	private final int instance = INSTANCES.incrementAndGet();

	private volatile Handler handler;

	private volatile Thread reader;

	private volatile boolean closed;

	private volatile TransportClosedException closeReason;

	FakeTransport() {
		this(DEFAULT_USER_AGENT);
	}

	FakeTransport(String userAgent) {
		on("initialize", (params) -> Reply.result("{\"userAgent\":" + Json.write(userAgent)
				+ ",\"codexHome\":\"/tmp/x\",\"platformFamily\":\"unix\",\"platformOs\":\"linux\"}"));
	}

	// ------------------------------------------------------------------ scripting

	/** Sets the persistent responder for {@code method} (replaces any earlier one). */
	FakeTransport on(String method, Responder responder) {
		this.responders.put(method, responder);
		return this;
	}

	/** Queues one-shot responders for {@code method}, used in order before the persistent one. */
	FakeTransport once(String method, Responder... responses) {
		Deque<Responder> queue = this.scripted.computeIfAbsent(method, (m) -> new ArrayDeque<>());
		synchronized (queue) {
			queue.addAll(List.of(responses));
		}
		return this;
	}

	/**
	 * Makes the caller's {@link #send} of a {@code method} request return only once {@code until} opens (at most 5 s),
	 * after its reply was queued: the interleaving of a fast server and a caller descheduled right after writing its
	 * request, where the reader handles the answer (and what follows it) before the caller goes on.
	 */
	FakeTransport holdSender(String method, java.util.concurrent.CountDownLatch until) {
		this.heldSenders.put(method, until);
		return this;
	}

	/** Pushes one line to the client (delivered on the fake reader thread). Ignored once closed. */
	synchronized boolean push(String line) {
		if (this.closeReason != null) {
			return false;
		}
		this.enqueued.incrementAndGet();
		this.inbox.add(line);
		return true;
	}

	/** Pushes several lines in order. */
	void push(String... lines) {
		for (String line : lines) {
			push(line);
		}
	}

	/** Pushes a notification. */
	void notify(String method, String paramsJson) {
		push(Wire.notification(method, paramsJson));
	}

	/** Pushes a server-initiated request. */
	void serverRequest(Object id, String method, String paramsJson) {
		ObjectNode node = Json.object();
		node.set("id", Json.toTree(id));
		node.put("method", method);
		node.set("params", Json.parse(paramsJson));
		push(Json.write(node));
	}

	/** Simulates the process dying: the client gets {@code onClosed} with this exit code and stderr tail. */
	void simulateExit(int exitCode, List<String> stderrTail) {
		closeWith(new TransportClosedException("Codex app-server exited unexpectedly", exitCode, stderrTail));
	}

	private synchronized void closeWith(TransportClosedException reason) {
		if (this.closeReason != null) {
			return;
		}
		this.closeReason = reason;
		this.closed = true;
		this.enqueued.incrementAndGet();
		this.inbox.add(new Close(reason));
	}

	// ------------------------------------------------------------------ Transport

	@Override
	public void start(Handler handler) {
		if (this.handler != null) {
			throw new IllegalStateException("already started");
		}
		this.handler = handler;
		Thread thread = new Thread(this::readLoop, "fake-reader-" + this.instance);
		thread.setDaemon(true);
		this.reader = thread;
		thread.start();
	}

	private void readLoop() {
		while (true) {
			Object item;
			try {
				item = this.inbox.take();
			}
			catch (InterruptedException ex) {
				return;
			}
			try {
				if (item instanceof Close close) {
					this.closedNotifications.incrementAndGet();
					this.handler.onClosed(close.reason());
					return;
				}
				// as bytes, as the SDK's own transports deliver a line (streamed deltas take the byte path)
				byte[] line = ((String) item).getBytes(java.nio.charset.StandardCharsets.UTF_8);
				this.handler.onLine(line, 0, line.length, false);
			}
			catch (RuntimeException ex) {
				log.error("Client handler threw on the fake reader thread", ex);
			}
			finally {
				this.delivered.incrementAndGet();
			}
		}
	}

	@Override
	public void send(String line) {
		TransportClosedException reason = this.closeReason;
		if (reason != null) {
			throw new TransportClosedException("Codex connection is closed",
					reason.exitCode().isPresent() ? reason.exitCode().getAsInt() : null, reason.stderrTail());
		}
		JsonNode message = Json.parse(line);
		this.sent.add(message);
		String method = Json.text(message, "method");
		JsonNode id = message.get("id");
		if (method == null || id == null) {
			return; // a notification or the client's answer to a server request: just recorded
		}
		Reply reply = responderFor(method).respond(message.get("params"));
		for (String early : reply.before) {
			push(early);
		}
		if (reply.result != null || reply.error != null) {
			ObjectNode response = Json.object();
			response.set("id", id);
			if (reply.error != null) {
				response.set("error", reply.error);
			}
			else {
				response.set("result", reply.result);
			}
			push(Json.write(response));
		}
		for (String late : reply.after) {
			push(late);
		}
		java.util.concurrent.CountDownLatch held = this.heldSenders.get(method);
		if (held != null) {
			try {
				held.await(5, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Responder responderFor(String method) {
		Deque<Responder> queue = this.scripted.get(method);
		if (queue != null) {
			synchronized (queue) {
				Responder next = queue.poll();
				if (next != null) {
					return next;
				}
			}
		}
		Responder responder = this.responders.get(method);
		return (responder != null) ? responder : (params) -> Reply.result("{}");
	}

	@Override
	public boolean isOpen() {
		return this.handler != null && !this.closed;
	}

	@Override
	public OptionalLong pid() {
		return OptionalLong.of(4242);
	}

	@Override
	public void close(Duration grace) {
		this.closeCalls.incrementAndGet();
		closeWith(new TransportClosedException("Codex client closed", null, List.of()));
		Thread thread = this.reader;
		if (thread != null && thread != Thread.currentThread()) {
			try {
				thread.join(WAIT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (thread.isAlive()) {
				thread.interrupt();
			}
		}
	}

	// ------------------------------------------------------------------ inspection

	/** Every message the client sent, in order. */
	List<JsonNode> sent() {
		return List.copyOf(this.sent);
	}

	/** The requests (method + id) the client sent for {@code method}. */
	List<JsonNode> requests(String method) {
		return this.sent.stream()
			.filter((m) -> method.equals(Json.text(m, "method")) && m.has("id"))
			.toList();
	}

	/** How many {@code method} requests the client sent. */
	int requestCount(String method) {
		return requests(method).size();
	}

	/** The params of the {@code index}-th {@code method} request. */
	JsonNode requestParams(String method, int index) {
		return requests(method).get(index).get("params");
	}

	/** Notifications (method, no id) the client sent. */
	List<JsonNode> clientNotifications(String method) {
		return this.sent.stream()
			.filter((m) -> method.equals(Json.text(m, "method")) && !m.has("id"))
			.toList();
	}

	/** The client's answer to the server request with this id, if any yet. */
	Optional<JsonNode> replyTo(Object serverRequestId) {
		JsonNode id = Json.toTree(serverRequestId);
		return this.sent.stream().filter((m) -> !m.has("method") && id.equals(m.get("id"))).findFirst();
	}

	/** Waits (bounded) for the client's answer to a server request. */
	JsonNode awaitReplyTo(Object serverRequestId) {
		return Awaitility.await("reply to server request " + serverRequestId)
			.atMost(WAIT)
			.until(() -> replyTo(serverRequestId), Optional::isPresent)
			.get();
	}

	/** Waits (bounded) until the client sent {@code count} {@code method} requests. */
	void awaitRequests(String method, int count) {
		Awaitility.await(count + " " + method + " requests")
			.atMost(WAIT)
			.until(() -> requestCount(method) >= count);
	}

	/** Waits (bounded) until every pushed line has been handed to the client and handled. */
	void awaitIdle() {
		Awaitility.await("fake reader idle").atMost(WAIT).until(() -> this.delivered.get() == this.enqueued.get());
	}

	/** The thread that delivers lines to the client. */
	Thread readerThread() {
		return this.reader;
	}

	/** How often {@link #close(Duration)} was called. */
	int closeCalls() {
		return this.closeCalls.get();
	}

	/** How often the client was told the channel closed (must be at most once). */
	int closedNotifications() {
		return this.closedNotifications.get();
	}

	/** Whether the channel has been closed (by the client or by {@link #simulateExit}). */
	boolean isClosed() {
		return this.closed;
	}

}
