package dev.codexjava.spring.autoconfigure.testsupport;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.transport.Transport;

/**
 * A minimal in-memory app-server for fault injection: answers {@code initialize} like codex 0.169.0, answers other
 * requests from per-method scripts (one-shot replies first, then a persistent one, else {@code {}}), records every
 * request method, and delivers lines to the client on one daemon reader thread, like the real transport.
 */
public final class InMemoryAppServer implements Transport {

	/** The app-server's overload error. */
	public static final String OVERLOADED = "{\"code\":-32001,\"message\":\"Server overloaded; retry later.\"}";

	private static final Object CLOSE = new Object();

	private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();

	private final Map<String, Deque<String>> once = new ConcurrentHashMap<>();

	private final Map<String, String> always = new ConcurrentHashMap<>();

	/** Lines (notifications) sent after each reply to a method. */
	private final Map<String, List<String>> after = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	/** Methods whose replies are held back until {@link #release}, and the replies held so far. */
	private final Map<String, List<String>> held = new ConcurrentHashMap<>();

	private volatile Handler handler;

	private volatile boolean closed;

	public InMemoryAppServer() {
		always("initialize", result("{\"userAgent\":\"fake/0.169.0 (test)\",\"codexHome\":\"/tmp/x\","
				+ "\"platformFamily\":\"unix\",\"platformOs\":\"linux\"}"));
	}

	/** A successful reply with this result. */
	public static String result(String json) {
		return "{\"result\":" + json + "}";
	}

	/** An error reply. */
	public static String error(String errorJson) {
		return "{\"error\":" + errorJson + "}";
	}

	/** The result of {@code thread/start} for a thread with this id. */
	public static String threadStarted(String threadId) {
		return result("{\"thread\":{\"id\":" + Json.write(threadId)
				+ ",\"status\":{\"type\":\"idle\"},\"ephemeral\":false}}");
	}

	/** Answers every {@code method} request with {@code reply} (see {@link #result}, {@link #error}). */
	public InMemoryAppServer always(String method, String reply) {
		this.always.put(method, reply);
		return this;
	}

	/** Answers the next {@code method} requests with these replies, in order, before the persistent one. */
	public InMemoryAppServer next(String method, String... replies) {
		Deque<String> queue = this.once.computeIfAbsent(method, (m) -> new ArrayDeque<>());
		synchronized (queue) {
			queue.addAll(List.of(replies));
		}
		return this;
	}

	/**
	 * Sends these lines (notifications, see {@link #notification}) after every reply to {@code method}, for example
	 * {@code turn/completed} after {@code turn/start}.
	 */
	public InMemoryAppServer after(String method, String... lines) {
		this.after.put(method, List.of(lines));
		return this;
	}

	/** Sends these lines (notifications) to the client now, after everything sent before. */
	public void push(String... lines) {
		this.inbox.addAll(List.of(lines));
	}

	/** A notification line. */
	public static String notification(String method, String paramsJson) {
		return "{\"method\":" + Json.write(method) + ",\"params\":" + paramsJson + "}";
	}

	/**
	 * Holds back the replies to {@code method} until {@link #release(String)}, so the client's next step runs when
	 * the reply arrives (on its reader and worker threads), not on the caller's thread.
	 */
	public InMemoryAppServer hold(String method) {
		this.held.put(method, new ArrayList<>());
		return this;
	}

	/** Sends the replies held back for {@code method}; later ones go out at once. */
	public void release(String method) {
		List<String> replies = this.held.remove(method);
		if (replies != null) {
			synchronized (replies) {
				this.inbox.addAll(replies);
				replies.clear();
			}
		}
	}

	/** How many requests of {@code method} the client sent. */
	public long requests(String method) {
		return this.requests.stream().filter(method::equals).count();
	}

	@Override
	public void start(Handler handler) {
		this.handler = handler;
		Thread reader = new Thread(this::readLoop, "in-memory-app-server");
		reader.setDaemon(true);
		reader.start();
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
			if (item == CLOSE) {
				this.handler.onClosed(new TransportClosedException("In-memory app-server closed", 0, List.of()));
				return;
			}
			this.handler.onLine((String) item);
		}
	}

	@Override
	public void send(String line) {
		if (this.closed) {
			throw new TransportClosedException("In-memory app-server closed", 0, List.of());
		}
		JsonNode message = Json.parse(line);
		String method = Json.text(message, "method");
		JsonNode id = message.get("id");
		if (method == null || id == null) {
			return;
		}
		this.requests.add(method);
		ObjectNode response = (ObjectNode) Json.parse(replyFor(method));
		response.set("id", id);
		List<String> holding = this.held.get(method);
		if (holding != null) {
			synchronized (holding) {
				if (this.held.get(method) == holding) {
					holding.add(Json.write(response));
					holding.addAll(this.after.getOrDefault(method, List.of()));
					return;
				}
			}
		}
		this.inbox.add(Json.write(response));
		this.inbox.addAll(this.after.getOrDefault(method, List.of()));
	}

	private String replyFor(String method) {
		Deque<String> queue = this.once.get(method);
		if (queue != null) {
			synchronized (queue) {
				String next = queue.poll();
				if (next != null) {
					return next;
				}
			}
		}
		return this.always.getOrDefault(method, result("{}"));
	}

	@Override
	public boolean isOpen() {
		return !this.closed;
	}

	@Override
	public OptionalLong pid() {
		return OptionalLong.empty();
	}

	@Override
	public synchronized void close(Duration grace) {
		if (!this.closed) {
			this.closed = true;
			this.inbox.add(CLOSE);
		}
	}

}
