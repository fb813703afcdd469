package dev.codexjava.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.client.Codex;
import dev.codexjava.protocol.Json;
import dev.codexjava.transport.Transport;

/**
 * An app-server that lives in memory: a {@link Transport} source for {@link Codex#create(dev.codexjava.client.CodexConfig,
 * Supplier)}, so that code using {@link Codex} is tested without the {@code codex} binary and without a model. It
 * answers the handshake (as codex {@value #VERSION}), {@code thread/start}, {@code thread/resume},
 * {@code thread/read} and {@code turn/interrupt}, plays a {@link ScriptedTurn} for every {@code turn/start}
 * (queued ones first, then the {@link #defaultTurn default}), sends the turn's approval requests and records the
 * client's decisions, and answers any other method from {@link #respond} scripts, else with {@code {}}.
 * <p>
 * What it does not do: run commands, apply patches, persist threads or check parameters. Use the real binary with
 * {@link MockModel} for those. Thread-safe; {@link #close()} closes every open connection and ends their threads.
 *
 * <pre>{@code
 * InMemoryCodexServer server = new InMemoryCodexServer();
 * server.enqueue(ScriptedTurn.streamed("4", "2"));
 * try (Codex codex = Codex.create(CodexConfig.builder().build(), server::connect)) {
 *     codex.start();
 *     assertThat(codex.startThread().run("What is the answer?").finalResponse()).isEqualTo("42");
 * }
 * assertThat(server.prompts()).containsExactly("What is the answer?");
 * }</pre>
 */
public final class InMemoryCodexServer implements AutoCloseable {

	/** The codex version this server claims in its handshake. */
	public static final String VERSION = "0.169.0";

	/** The error the real app-server sends when it is overloaded (JSON-RPC {@code -32001}), for {@link #respond}. */
	public static final String OVERLOADED = error(-32001, "Server overloaded; retry later.");

	private final Deque<ScriptedTurn> turns = new ArrayDeque<>();

	private volatile ScriptedTurn defaultTurn = ScriptedTurn.text("ok");

	private final Map<String, Deque<String>> nextReplies = new ConcurrentHashMap<>();

	private final Map<String, String> replies = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<String> prompts = new CopyOnWriteArrayList<>();

	private final List<RecordedApproval> approvals = new CopyOnWriteArrayList<>();

	/** Requests of held methods, answered on {@link #release(String)}. */
	private final Map<String, List<HeldRequest>> held = new ConcurrentHashMap<>();

	private final Set<InMemoryConnection> open = ConcurrentHashMap.newKeySet();

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger threadIds = new AtomicInteger();

	private final AtomicInteger turnIds = new AtomicInteger();

	private final AtomicInteger requestIds = new AtomicInteger();

	private volatile boolean closed;

	/**
	 * A new connection to this server, not started: one per client start, like a new app-server process. Pass
	 * {@code server::connect} to {@link Codex#create(dev.codexjava.client.CodexConfig, Supplier)}.
	 * @throws IllegalStateException if the server is closed
	 */
	public Transport connect() {
		if (this.closed) {
			throw new IllegalStateException("The in-memory app-server is closed");
		}
		InMemoryConnection connection = new InMemoryConnection(this);
		this.open.add(connection);
		this.connections.incrementAndGet();
		return connection;
	}

	/** Queues turns, each played for one {@code turn/start}, in order, before the default turn. */
	public InMemoryCodexServer enqueue(ScriptedTurn... turns) {
		synchronized (this.turns) {
			for (ScriptedTurn turn : turns) {
				this.turns.add(Objects.requireNonNull(turn, "turn"));
			}
		}
		return this;
	}

	/** The turn played when the queue is empty. Initially {@code ScriptedTurn.text("ok")}. */
	public InMemoryCodexServer defaultTurn(ScriptedTurn turn) {
		this.defaultTurn = Objects.requireNonNull(turn, "turn");
		return this;
	}

	/**
	 * Answers every request of {@code method} with {@code reply} (made with {@link #result} or {@link #error}), also
	 * the built-in ones such as {@code thread/start}; for faults such as {@link #OVERLOADED}.
	 */
	public InMemoryCodexServer respond(String method, String reply) {
		this.replies.put(Objects.requireNonNull(method, "method"), checked(reply));
		return this;
	}

	/** Answers the next requests of {@code method} with these replies, in order, before any other answer. */
	public InMemoryCodexServer respondNext(String method, String... replies) {
		Deque<String> queue = this.nextReplies.computeIfAbsent(Objects.requireNonNull(method, "method"),
				(m) -> new ArrayDeque<>());
		synchronized (queue) {
			for (String reply : replies) {
				queue.add(checked(reply));
			}
		}
		return this;
	}

	/**
	 * Holds back requests of {@code method} (recorded, not answered) until {@link #release(String)}, so a test can
	 * act while the client waits for the answer, e.g. to force a race.
	 */
	public InMemoryCodexServer hold(String method) {
		this.held.putIfAbsent(Objects.requireNonNull(method, "method"), new ArrayList<>());
		return this;
	}

	/** Answers the requests of {@code method} held back so far, in order; later ones are answered at once. */
	public void release(String method) {
		List<HeldRequest> requests = this.held.remove(method);
		if (requests != null) {
			synchronized (requests) {
				for (HeldRequest request : requests) {
					answer(request.connection(), request.id(), method, request.params());
				}
				requests.clear();
			}
		}
	}

	private static String checked(String reply) {
		JsonNode node = Json.parse(Objects.requireNonNull(reply, "reply"));
		if (!node.isObject() || !(node.has("result") ^ node.has("error"))) {
			throw new IllegalArgumentException(
					"A reply is {\"result\":...} or {\"error\":...} (see InMemoryCodexServer.result/error): " + reply);
		}
		return reply;
	}

	/** A successful reply with this result object (JSON). */
	public static String result(String resultJson) {
		return "{\"result\":" + Json.write(Json.parse(resultJson)) + "}";
	}

	/** An error reply with this JSON-RPC code and message. */
	public static String error(int code, String message) {
		return "{\"error\":{\"code\":" + code + ",\"message\":" + Json.write(message) + "}}";
	}

	/** The methods of every request the clients sent, oldest first. */
	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	/** How many requests of {@code method} the clients sent. */
	public int requestCount(String method) {
		return (int) this.requests.stream().filter(method::equals).count();
	}

	/** The text of every {@code turn/start}, oldest first. */
	public List<String> prompts() {
		return List.copyOf(this.prompts);
	}

	/** The approval requests sent and how the client answered them, in the order they were answered. */
	public List<RecordedApproval> approvals() {
		return List.copyOf(this.approvals);
	}

	/** The connections made so far (one per client start). */
	public int connectionCount() {
		return this.connections.get();
	}

	/** The connections open now (a started client that is not closed holds one). */
	public int openConnections() {
		return this.open.size();
	}

	/**
	 * Forgets queued turns, {@link #respond} scripts and everything recorded, and restores the default turn; open
	 * connections stay open.
	 */
	public void reset() {
		synchronized (this.turns) {
			this.turns.clear();
		}
		this.defaultTurn = ScriptedTurn.text("ok");
		this.nextReplies.clear();
		this.replies.clear();
		this.requests.clear();
		this.prompts.clear();
		this.approvals.clear();
		this.held.clear();
	}

	/**
	 * Closes every open connection (their clients see the app-server gone) and refuses new ones. Idempotent.
	 */
	@Override
	public void close() {
		this.closed = true;
		for (InMemoryConnection connection : List.copyOf(this.open)) {
			connection.close(Duration.ZERO);
		}
	}

	/** Whether the threads of every connection made have ended (test hook). */
	boolean threadsEnded(List<Transport> made, Duration timeout) throws InterruptedException {
		for (Transport transport : made) {
			if (!((InMemoryConnection) transport).threadsEnded(timeout)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return "InMemoryCodexServer[connections=" + this.connections.get() + ", open=" + this.open.size()
				+ ", requests=" + this.requests.size() + "]";
	}

	void closed(InMemoryConnection connection) {
		this.open.remove(connection);
	}

	// ------------------------------------------------------------------ protocol

	void handle(InMemoryConnection connection, JsonNode id, String method, JsonNode params) {
		this.requests.add(method);
		List<HeldRequest> holding = this.held.get(method);
		if (holding != null) {
			synchronized (holding) {
				if (this.held.get(method) == holding) {
					holding.add(new HeldRequest(connection, id, params));
					return;
				}
			}
		}
		answer(connection, id, method, params);
	}

	private void answer(InMemoryConnection connection, JsonNode id, String method, JsonNode params) {
		String scripted = scriptedReply(method);
		if (scripted != null) {
			reply(connection, id, scripted);
			return;
		}
		switch (method) {
			case "initialize" -> reply(connection, id, result("{\"userAgent\":\"codex_in_memory/" + VERSION
					+ " (in-memory; test)\",\"codexHome\":\"/in-memory\",\"platformFamily\":\"unix\","
					+ "\"platformOs\":\"linux\"}"));
			case "thread/start" -> {
				String threadId = "thread-" + this.threadIds.incrementAndGet();
				reply(connection, id, result(threadJson(threadId)));
				connection.emit("{\"method\":\"thread/started\",\"params\":" + threadJson(threadId) + "}");
			}
			case "thread/resume", "thread/read" -> reply(connection, id,
					result(threadJson(Objects.requireNonNullElse(Json.text(params, "threadId"), "unknown"))));
			case "turn/start" -> startTurn(connection, id, params);
			default -> reply(connection, id, result("{}"));
		}
	}

	private String scriptedReply(String method) {
		Deque<String> queue = this.nextReplies.get(method);
		if (queue != null) {
			synchronized (queue) {
				String next = queue.poll();
				if (next != null) {
					return next;
				}
			}
		}
		return this.replies.get(method);
	}

	private static void reply(InMemoryConnection connection, JsonNode id, String reply) {
		ObjectNode message = (ObjectNode) Json.parse(reply);
		message.set("id", id);
		connection.emit(Json.write(message));
	}

	private void startTurn(InMemoryConnection connection, JsonNode id, JsonNode params) {
		String threadId = Objects.requireNonNullElse(Json.text(params, "threadId"), "unknown");
		String prompt = (params != null) ? params.path("input").path(0).path("text").asString("") : "";
		this.prompts.add(prompt);
		ScriptedTurn turn;
		synchronized (this.turns) {
			turn = this.turns.poll();
		}
		ScriptedTurn playing = (turn != null) ? turn : this.defaultTurn;
		String turnId = "turn-" + this.turnIds.incrementAndGet();
		reply(connection, id, result("{\"turn\":" + turnJson(turnId, "inProgress", null) + "}"));
		connection.play(turnId, () -> play(connection, threadId, turnId, playing));
	}

	private void play(InMemoryConnection connection, String threadId, String turnId, ScriptedTurn turn) {
		String ids = "\"threadId\":" + Json.write(threadId) + ",\"turnId\":" + Json.write(turnId);
		connection.emit("{\"method\":\"turn/started\",\"params\":{\"threadId\":" + Json.write(threadId)
				+ ",\"turn\":" + turnJson(turnId, "inProgress", null) + "}}");
		for (ScriptedTurn.Approval approval : turn.approvals) {
			if (!askApproval(connection, ids, threadId, approval)) {
				return; // the connection closed
			}
		}
		if (turn.finalText != null) {
			String itemId = "msg-" + turnId;
			connection.emit("{\"method\":\"item/started\",\"params\":{" + ids + ",\"item\":"
					+ agentMessage(itemId, "") + "}}");
			for (String delta : turn.deltas) {
				connection.emit("{\"method\":\"item/agentMessage/delta\",\"params\":{" + ids + ",\"itemId\":"
						+ Json.write(itemId) + ",\"delta\":" + Json.write(delta) + "}}");
			}
			connection.emit("{\"method\":\"item/completed\",\"params\":{" + ids + ",\"item\":"
					+ agentMessage(itemId, turn.finalText) + "}}");
		}
		if (turn.usage != null) {
			String counts = "{\"inputTokens\":" + turn.usage.input() + ",\"cachedInputTokens\":"
					+ turn.usage.cachedInput() + ",\"outputTokens\":" + turn.usage.output()
					+ ",\"reasoningOutputTokens\":" + turn.usage.reasoning() + ",\"totalTokens\":"
					+ turn.usage.total() + "}";
			connection.emit("{\"method\":\"thread/tokenUsage/updated\",\"params\":{" + ids + ",\"tokenUsage\":{"
					+ "\"last\":" + counts + ",\"total\":" + counts + ",\"modelContextWindow\":null}}}");
		}
		String error = null;
		if (turn.errorMessage != null) {
			error = "{\"message\":" + Json.write(turn.errorMessage) + ",\"codexErrorInfo\":"
					+ ((turn.errorKind != null) ? Json.write(turn.errorKind) : "null")
					+ ",\"additionalDetails\":null}";
		}
		connection.emit("{\"method\":\"turn/completed\",\"params\":{\"threadId\":" + Json.write(threadId)
				+ ",\"turn\":" + turnJson(turnId, (error != null) ? "failed" : "completed", error) + "}}");
	}

	/** Sends one approval request and records the answer; {@code false} if the connection closed meanwhile. */
	private boolean askApproval(InMemoryConnection connection, String ids, String threadId,
			ScriptedTurn.Approval approval) {
		String requestId = "approval-" + this.requestIds.incrementAndGet();
		String params = "{" + ids + ",\"itemId\":\"item-" + requestId + "\""
				+ ((approval.command() != null) ? ",\"command\":" + Json.write(approval.command())
						+ ",\"cwd\":\"/in-memory\"" : "")
				+ ",\"reason\":" + ((approval.reason() != null) ? Json.write(approval.reason()) : "null") + "}";
		String decision;
		try {
			JsonNode answer = connection.request(requestId, approval.method(), params).get();
			decision = answer.has("error") ? "error " + answer.path("error").path("code").asInt()
					: Objects.requireNonNullElse(Json.text(answer.path("result"), "decision"), "none");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			decision = null;
		}
		catch (CancellationException | ExecutionException ex) {
			decision = null;
		}
		this.approvals.add(new RecordedApproval(approval.method(), threadId, approval.command(),
				(decision != null) ? decision : "unanswered"));
		return decision != null;
	}

	private record HeldRequest(InMemoryConnection connection, JsonNode id, JsonNode params) {
	}

	private static String threadJson(String threadId) {
		return "{\"thread\":{\"id\":" + Json.write(threadId) + ",\"status\":{\"type\":\"idle\"},"
				+ "\"modelProvider\":\"in-memory\",\"model\":\"in-memory\",\"ephemeral\":false,\"cwd\":\"/in-memory\","
				+ "\"turns\":[]}}";
	}

	private static String turnJson(String turnId, String status, String error) {
		return "{\"id\":" + Json.write(turnId) + ",\"items\":[],\"status\":" + Json.write(status) + ",\"error\":"
				+ ((error != null) ? error : "null") + ",\"startedAt\":null,\"completedAt\":null,\"durationMs\":null}";
	}

	private static String agentMessage(String itemId, String text) {
		return "{\"type\":\"agentMessage\",\"id\":" + Json.write(itemId) + ",\"text\":" + Json.write(text)
				+ ",\"phase\":null}";
	}

}
