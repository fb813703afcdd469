package dev.codexjava.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.transport.Transport;

/**
 * One client's connection to an {@link InMemoryCodexServer}: what a child process is to the real transport. Lines to
 * the client go through a queue and are delivered on one daemon reader thread; scripted turns play on their own daemon
 * threads, all ended by {@link #close(Duration)}.
 */
final class InMemoryConnection implements Transport {

	private static final Object CLOSE = new Object();

	private static final AtomicInteger IDS = new AtomicInteger();

	private final InMemoryCodexServer server;

	private final int id = IDS.incrementAndGet();

	private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();

	/** The server requests (approvals) waiting for the client's answer, by request id. */
	private final Map<String, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

	private final Set<Thread> players = ConcurrentHashMap.newKeySet();

	private volatile Handler handler;

	private volatile Thread reader;

	private volatile boolean closed;

	InMemoryConnection(InMemoryCodexServer server) {
		this.server = server;
	}

	@Override
	public void start(Handler handler) {
		this.handler = handler;
		Thread thread = new Thread(this::readLoop, "codex-in-memory-reader-" + this.id);
		thread.setDaemon(true);
		this.reader = thread;
		thread.start();
	}

	private void readLoop() {
		try {
			while (true) {
				Object item = this.inbox.take();
				if (item == CLOSE) {
					break;
				}
				this.handler.onLine((String) item, !this.inbox.isEmpty());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.handler.onClosed(new TransportClosedException("In-memory app-server closed", 0, List.of()));
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
		if (method != null && id != null) {
			this.server.handle(this, id, method, message.get("params"));
		}
		else if (method == null && id != null) {
			CompletableFuture<JsonNode> answer = this.waiting.remove(id.asString());
			if (answer != null) {
				answer.complete(message);
			}
		}
		// notifications from the client (initialized) need no answer
	}

	/** Queues a line for the client; dropped once closed. */
	void emit(String line) {
		if (!this.closed) {
			this.inbox.add(line);
		}
	}

	/** Sends a server request and returns the client's answer (the whole message) when it comes. */
	CompletableFuture<JsonNode> request(String requestId, String method, String paramsJson) {
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		this.waiting.put(requestId, answer);
		if (this.closed) {
			answer.cancel(false);
		}
		emit("{\"id\":" + Json.write(requestId) + ",\"method\":" + Json.write(method) + ",\"params\":" + paramsJson
				+ "}");
		return answer;
	}

	/** Runs {@code turn} on a daemon thread of this connection (interrupted by {@link #close(Duration)}). */
	void play(String name, Runnable turn) {
		Thread thread = new Thread(() -> {
			try {
				turn.run();
			}
			finally {
				this.players.remove(Thread.currentThread());
			}
		}, "codex-in-memory-turn-" + name);
		thread.setDaemon(true);
		this.players.add(thread);
		if (this.closed) {
			this.players.remove(thread);
			return;
		}
		thread.start();
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
	public void close(Duration grace) {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
		}
		this.waiting.values().forEach((answer) -> answer.cancel(false));
		this.waiting.clear();
		this.players.forEach(Thread::interrupt);
		this.inbox.add(CLOSE);
		this.server.closed(this);
	}

	/** Whether every thread of this connection has ended (test hook). */
	boolean threadsEnded(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Thread thread = this.reader;
		if (thread != null) {
			thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			if (thread.isAlive()) {
				return false;
			}
		}
		for (Thread player : Set.copyOf(this.players)) {
			player.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			if (player.isAlive()) {
				return false;
			}
		}
		return true;
	}

}
