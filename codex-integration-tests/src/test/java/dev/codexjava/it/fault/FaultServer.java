package dev.codexjava.it.fault;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;

/**
 * A scriptable stand-in for {@code codex app-server}, run as a real child process over stdio so the SDK's real
 * transport is exercised. It speaks just enough of the protocol ({@code initialize}, {@code thread/start},
 * {@code thread/resume}, {@code thread/read}, {@code turn/start}, {@code turn/interrupt}, {@code thread/goal/clear},
 * {@code thread/goal/set}) with messages shaped like codex 0.169.0's, and injects faults:
 * <ul>
 * <li>process-wide ones from the environment: {@code FAULT_STARTUP=exit:<code>} (exit before answering
 * {@code initialize}), {@code FAULT_OVERLOAD=<method>:<n>,...} (answer the first n calls of a method with
 * {@code -32001}), {@code FAULT_LOG=<file>} (where it records its pid, every request it received and every answer the
 * client gave to its server requests, so tests can count server-side);</li>
 * <li>per turn, by the turn's prompt: see {@link #runTurn}. Any other prompt is echoed back as
 * {@code "echo: <prompt>"} in three deltas;</li>
 * <li>per request: {@code fault/crash {"code":n,"stderr":[...]}} writes the lines to stderr and halts with exit code
 * n; {@code fault/hang} is never answered; {@code fault/echo} answers its params; {@code fault/freeze} stops
 * reading stdin (and answering) for good, ignoring SIGTERM; {@code fault/stderrFlood {"bytes":n}} writes one
 * stderr line of n bytes; {@code fault/spawnAndCrash {"code":n}} starts two grandchildren ({@code sleep 600}, one
 * holding the server's stdout and stderr, one not), logs {@code grandchild <pid> holding|detached}, and halts with
 * exit code n; {@code fault/approvals {"count":n,...}} sends n approval requests at once and answers
 * with how the client answered them (see {@link #approvals}); {@code fault/overload {"method":m,"times":n}} answers the next n calls of m with
 * {@code -32001} (like {@code FAULT_OVERLOAD}, armed mid-test); {@code fault/hold {"method":m}} leaves requests of m
 * unanswered until {@code fault/release {"method":m}} answers them; {@code fault/release {"turnId":id}} ends a
 * {@code hold} turn.</li>
 * </ul>
 * Started by {@link FaultServerLauncher}. Test code, not a product.
 */
public final class FaultServer {

	private final OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);

	private final Path log;

	private final Map<String, AtomicInteger> overload = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<JsonNode>> clientReplies = new ConcurrentHashMap<>();

	private final AtomicInteger threads = new AtomicInteger();

	private final AtomicInteger turns = new AtomicInteger();

	private final Gathering gathering = new Gathering();

	/** {@code hold} turns by id, until {@code fault/release}. */
	private final Map<String, CompletableFuture<Void>> held = new ConcurrentHashMap<>();

	/** Requests whose answer is held back ({@code fault/hold}), by method, until {@code fault/release}. */
	private final Map<String, List<Object[]>> heldRequests = new ConcurrentHashMap<>();

	/** {@code hold} turns the client asked to interrupt (they end only when released, as "interrupted"). */
	private final Set<String> interrupted = ConcurrentHashMap.newKeySet();

	private volatile boolean silent;

	private FaultServer(Path log) {
		this.log = log;
	}

	public static void main(String[] args) throws Exception {
		String logFile = System.getenv("FAULT_LOG");
		FaultServer server = new FaultServer((logFile != null) ? Path.of(logFile) : null);
		server.log("pid " + ProcessHandle.current().pid());
		server.log("args " + String.join(" ", args));
		String startup = System.getenv("FAULT_STARTUP");
		if (startup != null && startup.startsWith("exit:")) {
			System.err.println("fault-server: loading configuration");
			System.err.println("Error: fault-server refuses to start: FAULT_STARTUP=" + startup);
			System.err.flush();
			System.exit(Integer.parseInt(startup.substring("exit:".length())));
		}
		String overload = System.getenv("FAULT_OVERLOAD");
		if (overload != null && !overload.isBlank()) {
			for (String entry : overload.split(",")) {
				int colon = entry.lastIndexOf(':');
				int times = Integer.parseInt(entry.substring(colon + 1));
				server.overload.put(entry.substring(0, colon), new AtomicInteger(times));
			}
		}
		server.serve();
	}

	private void serve() throws IOException, InterruptedException {
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String line;
		while ((line = in.readLine()) != null) {
			JsonNode message;
			try {
				message = Json.parse(line);
			}
			catch (RuntimeException ex) {
				log("unparsable " + line);
				continue;
			}
			String method = Json.text(message, "method");
			JsonNode id = message.get("id");
			if (method == null) {
				clientReply(id, message);
			}
			else if (id == null) {
				log("notification " + method);
			}
			else {
				log("recv " + method);
				if (!this.silent) {
					handle(id, method, message.get("params"));
				}
			}
		}
		log("stdin closed");
		if (this.silent) {
			// a hung server: ignores end of input (and SIGTERM, see silence()) and must be killed
			new CountDownLatch(1).await();
		}
		System.exit(0);
	}

	private void clientReply(JsonNode id, JsonNode message) {
		String key = (id != null) ? id.asString() : "null";
		JsonNode error = message.get("error");
		JsonNode result = message.get("result");
		String decision = (result != null) ? Json.text(result, "decision") : null;
		if (decision == null && result != null) {
			decision = Json.text(result, "action");
		}
		log("reply " + key + ((error != null) ? " error " + error.path("code").asInt()
				: " result" + ((decision != null) ? " " + decision : "")));
		CompletableFuture<JsonNode> waiting = this.clientReplies.remove(key);
		if (waiting != null) {
			waiting.complete(message);
		}
	}

	private void handle(JsonNode id, String method, JsonNode params) {
		List<Object[]> holding = this.heldRequests.get(method);
		if (holding != null) {
			holding.add(new Object[] { id, params });
			return;
		}
		AtomicInteger busy = this.overload.get(method);
		if (busy != null && busy.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			ObjectNode error = Json.object();
			error.put("code", -32001);
			error.put("message", "Server overloaded; retry later.");
			sendError(id, error);
			return;
		}
		switch (method) {
			case "initialize" -> {
				ObjectNode result = Json.object();
				String version = System.getenv().getOrDefault("FAULT_VERSION", "0.169.0");
				result.put("userAgent", "fault_server/" + version + " (Linux; x86_64) fault (codex_java_sdk; 0.1.0)");
				result.put("codexHome", System.getProperty("java.io.tmpdir"));
				result.put("platformFamily", "unix");
				result.put("platformOs", "linux");
				sendResult(id, result);
			}
			case "thread/start" -> {
				String threadId = "thread-" + this.threads.incrementAndGet();
				sendResult(id, Json.parse(threadJson(threadId)));
				send("{\"method\":\"thread/started\",\"params\":" + threadJson(threadId) + "}");
			}
			case "thread/resume", "thread/read" -> sendResult(id,
					Json.parse(threadJson(Json.text(params, "threadId"))));
			case "turn/interrupt" -> {
				this.interrupted.add(Json.text(params, "turnId"));
				sendResult(id, Json.object());
			}
			case "thread/goal/clear" -> sendResult(id, Json.object());
			case "thread/goal/set" -> {
				String status = Json.text(params, "status");
				ObjectNode result = Json.object();
				ObjectNode goal = result.putObject("goal");
				goal.put("threadId", Json.text(params, "threadId"));
				goal.put("objective", Json.text(params, "objective"));
				goal.put("status", status);
				sendResult(id, result);
				if ("active".equals(status)) {
					Turn turn = new Turn(null, Json.text(params, "threadId"), "turn-" + this.turns.incrementAndGet(),
							Json.text(params, "objective"));
					Thread runner = new Thread(() -> runGoalTurn(turn), "goal-" + turn.turnId);
					runner.setDaemon(true);
					runner.start();
				}
			}
			case "turn/start" -> {
				Turn turn = new Turn(id, Json.text(params, "threadId"), "turn-" + this.turns.incrementAndGet(),
						params.path("input").path(0).path("text").asString(""));
				Thread runner = new Thread(() -> runTurn(turn), "turn-" + turn.turnId);
				runner.setDaemon(true);
				runner.start();
			}
			case "fault/echo" -> sendResult(id, (params != null) ? params : Json.object());
			case "fault/approvals" -> {
				Thread burst = new Thread(() -> approvals(id, params), "approvals");
				burst.setDaemon(true);
				burst.start();
			}
			case "fault/overload" -> {
				this.overload.put(Json.text(params, "method"), new AtomicInteger(params.path("times").asInt()));
				sendResult(id, Json.object());
			}
			case "fault/hold" -> {
				this.heldRequests.put(Json.text(params, "method"), new ArrayList<>());
				sendResult(id, Json.object());
			}
			case "fault/release" -> {
				String turnId = Json.text(params, "turnId");
				CompletableFuture<Void> turn = (turnId != null) ? this.held.get(turnId) : null;
				if (turn != null) {
					turn.complete(null);
				}
				String heldMethod = Json.text(params, "method");
				List<Object[]> requests = (heldMethod != null) ? this.heldRequests.remove(heldMethod) : null;
				sendResult(id, Json.object());
				if (requests != null) {
					for (Object[] request : requests) {
						handle((JsonNode) request[0], heldMethod, (JsonNode) request[1]);
					}
				}
			}
			case "fault/hang" -> {
				// never answered
			}
			case "fault/freeze" -> freeze();
			case "fault/stderrFlood" -> {
				// returns only once the client has drained all but a pipe buffer of it
				hugeStderrLine(params.path("bytes").asLong());
				sendResult(id, Json.object());
			}
			case "fault/spawnAndCrash" -> {
				spawnGrandchildren();
				Runtime.getRuntime().halt(params.path("code").asInt(1));
			}
			case "fault/crash" -> {
				for (JsonNode line : params.path("stderr")) {
					System.err.println(line.asString());
				}
				System.err.flush();
				Runtime.getRuntime().halt(params.path("code").asInt(1));
			}
			default -> {
				ObjectNode error = Json.object();
				error.put("code", -32601);
				error.put("message", "fault-server: unknown method " + method);
				sendError(id, error);
			}
		}
	}

	/**
	 * Starts two {@code sleep 600}: one inherits the server's stdout and stderr (so the client's readers see no end of
	 * output while it lives), the other has neither.
	 */
	private void spawnGrandchildren() {
		try {
			Process holding = new ProcessBuilder("sleep", "600").redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
				.redirectOutput(ProcessBuilder.Redirect.INHERIT)
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			log("grandchild " + holding.pid() + " holding");
			Process detached = new ProcessBuilder("sleep", "600").redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			log("grandchild " + detached.pid() + " detached");
		}
		catch (IOException ex) {
			log("cannot start a grandchild: " + ex);
		}
	}

	private static final java.io.File DEV_NULL = new java.io.File("/dev/null");

	/**
	 * {@code fault/approvals {"count":n,"method":m,"threadId":t,"waitMs":w}}: sends n server requests of method m
	 * (default: command approvals) at once, ids {@code appr-0} ..., then waits (at most w ms, default 60 s) for the
	 * client's answers and answers with {@code {"answered":k,"decisions":{"decline":k,...}}} (errors counted as
	 * {@code "error <code>"}). Every answer is also logged as {@code reply appr-<i> ...}, so duplicates would show.
	 */
	private void approvals(JsonNode id, JsonNode params) {
		int count = params.path("count").asInt(1);
		String method = params.path("method").asString("item/commandExecution/requestApproval");
		String threadId = params.path("threadId").asString("thread-1");
		long waitMs = params.path("waitMs").asLong(60_000);
		List<CompletableFuture<JsonNode>> replies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			CompletableFuture<JsonNode> reply = new CompletableFuture<>();
			this.clientReplies.put("appr-" + i, reply);
			replies.add(reply);
		}
		log("sending " + count + " " + method);
		for (int i = 0; i < count; i++) {
			send("{\"id\":\"appr-" + i + "\",\"method\":" + Json.write(method) + ",\"params\":{\"threadId\":"
					+ Json.write(threadId) + ",\"turnId\":\"turn-1\",\"itemId\":\"cmd-" + i
					+ "\",\"command\":\"echo " + i + "\",\"cwd\":\"/tmp\",\"startedAtMs\":1764547200000}}", i == count - 1);
		}
		ObjectNode result = Json.object();
		ObjectNode decisions = result.putObject("decisions");
		int answered = 0;
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
		for (CompletableFuture<JsonNode> reply : replies) {
			try {
				JsonNode message = reply.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				answered++;
				JsonNode answer = message.path("result");
				String decision = message.has("error") ? "error " + message.path("error").path("code").asInt()
						: (answer.has("decision") ? answer.path("decision").asString()
								: answer.has("action") ? answer.path("action").asString() : answer.toString());
				decisions.put(decision, decisions.path(decision).asInt(0) + 1);
			}
			catch (Exception ex) {
				// unanswered in time
			}
		}
		result.put("answered", answered);
		log("approvals answered " + answered + " of " + count);
		sendResult(id, result);
	}

	private static String threadJson(String threadId) {
		return "{\"thread\":{\"id\":" + Json.write(threadId) + ",\"status\":{\"type\":\"idle\"},\"modelProvider\":"
				+ "\"mock\",\"model\":\"mock-model\",\"ephemeral\":false,\"cwd\":\"/tmp\",\"turns\":[]}}";
	}

	// ------------------------------------------------------------------ turns

	/**
	 * Plays one turn, chosen by its prompt:
	 * <ul>
	 * <li>{@code stream <n>}: n deltas {@code "0," "1," ...}, then completes with their concatenation;</li>
	 * <li>{@code flood <n>}: the same, written without a flush per line;</li>
	 * <li>{@code stall <n>}: n deltas, then nothing (the turn never ends; requests are still answered);</li>
	 * <li>{@code silence}: {@code turn/started}, then the server goes silent for good;</li>
	 * <li>{@code garbage}: deltas interleaved with lines that are not JSON, not JSON-RPC, or answer unknown ids;</li>
	 * <li>{@code unknowns}: unknown notifications, an unknown item type, an unknown server request (waits for the
	 * client's answer, which becomes part of the final text), events for unknown turns and threads;</li>
	 * <li>{@code huge <bytes>}: one delta line of that many bytes; {@code hugeUnknown <bytes>}: an unknown
	 * notification that large, then an echo;</li>
	 * <li>{@code gather <k> <tag>}: waits until k such turns arrived, then plays them interleaved, with responses and
	 * completions out of order (see {@link #playGathered}).</li>
	 * <li>{@code floodOther <n>}: n turn notifications the client delivers as {@code TurnEvent.Other}, of four kinds
	 * round-robin ({@code turn/diff/updated}, {@code item/plan/delta}, {@code turn/plan/updated},
	 * {@code item/mcpToolCall/progress}), written without a flush per line; every 100,000 (at 50,000, 150,000, ...) a
	 * plan item (started and completed) and a token usage update; then three deltas and the answer
	 * {@code "flooded <n>"};</li>
	 * <li>{@code hold}: starts and then waits until {@code fault/release} names the turn; it then completes, or ends
	 * {@code interrupted} if {@code turn/interrupt} was asked for meanwhile.</li>
	 * </ul>
	 */
	private void runTurn(Turn turn) {
		String[] words = turn.prompt.trim().split("\\s+");
		try {
			switch (words[0]) {
				case "stream", "flood" -> {
					int n = Integer.parseInt(words[1]);
					begin(turn);
					StringBuilder text = new StringBuilder();
					boolean flush = words[0].equals("stream");
					for (int i = 0; i < n; i++) {
						String delta = i + ",";
						text.append(delta);
						send(delta(turn, delta), flush);
					}
					finish(turn, text.toString());
				}
				case "stall" -> {
					begin(turn);
					for (int i = 0; i < Integer.parseInt(words[1]); i++) {
						send(delta(turn, i + ","));
					}
				}
				case "silence" -> {
					sendResult(turn.requestId, turnResult(turn));
					send(turnStarted(turn));
					silence();
				}
				case "garbage" -> garbage(turn);
				case "unknowns" -> unknowns(turn);
				case "huge" -> {
					begin(turn);
					long bytes = Long.parseLong(words[1]);
					sendHuge("{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":"
							+ Json.write(turn.threadId) + ",\"turnId\":" + Json.write(turn.turnId) + ",\"itemId\":\"msg-"
							+ turn.turnId + "\",\"delta\":\"", bytes, "\"}}");
					send(delta(turn, "!"));
					finish(turn, "huge:" + bytes);
				}
				case "hugeUnknown" -> {
					begin(turn);
					sendHuge("{\"method\":\"fault/bulkData\",\"params\":{\"threadId\":" + Json.write(turn.threadId)
							+ ",\"blob\":\"", Long.parseLong(words[1]), "\"}}");
					send(delta(turn, "after the blob"));
					finish(turn, "after the blob");
				}
				case "gather" -> this.gathering.add(turn, Integer.parseInt(words[1]));
				case "floodOther" -> floodOther(turn, Integer.parseInt(words[1]));
				case "hold" -> hold(turn);
				default -> {
					begin(turn);
					String answer = "echo: " + turn.prompt;
					int third = Math.max(1, answer.length() / 3);
					send(delta(turn, answer.substring(0, third)));
					send(delta(turn, answer.substring(third, 2 * third)));
					send(delta(turn, answer.substring(2 * third)));
					finish(turn, answer);
				}
			}
		}
		catch (RuntimeException ex) {
			log("turn " + turn.turnId + " failed: " + ex);
		}
	}

	private void floodOther(Turn turn, int n) {
		begin(turn);
		String ids = "\"threadId\":" + Json.write(turn.threadId) + ",\"turnId\":" + Json.write(turn.turnId);
		for (int i = 0; i < n; i++) {
			String line = switch (i % 4) {
				case 0 -> "{\"method\":\"turn/diff/updated\",\"params\":{" + ids + ",\"diff\":\"diff --git a/f" + i
						+ " b/f" + i + "\"}}";
				case 1 -> "{\"method\":\"item/plan/delta\",\"params\":{" + ids + ",\"itemId\":\"plan-1\",\"delta\":\"s"
						+ i + "\"}}";
				case 2 -> "{\"method\":\"turn/plan/updated\",\"params\":{" + ids
						+ ",\"explanation\":null,\"plan\":[{\"step\":\"s" + i + "\",\"status\":\"inProgress\"}]}}";
				default -> "{\"method\":\"item/mcpToolCall/progress\",\"params\":{" + ids
						+ ",\"itemId\":\"mcp-1\",\"message\":\"m" + i + "\"}}";
			};
			send(line, false);
			if (i % 100_000 == 50_000) {
				String item = "{\"type\":\"plan\",\"id\":\"plan-" + i + "\",\"text\":\"step " + i + "\"}";
				send("{\"method\":\"item/started\",\"params\":{" + ids + ",\"item\":" + item + "}}", false);
				send("{\"method\":\"item/completed\",\"params\":{" + ids + ",\"item\":" + item + "}}", false);
				send("{\"method\":\"thread/tokenUsage/updated\",\"params\":{" + ids + ",\"tokenUsage\":{"
						+ "\"total\":{\"inputTokens\":10,\"cachedInputTokens\":0,\"outputTokens\":5,"
						+ "\"reasoningOutputTokens\":0,\"totalTokens\":15},\"last\":{\"inputTokens\":10,"
						+ "\"cachedInputTokens\":0,\"outputTokens\":5,\"reasoningOutputTokens\":0,\"totalTokens\":15},"
						+ "\"modelContextWindow\":272000}}}", false);
			}
		}
		String answer = "flooded " + n;
		send(delta(turn, "flooded "));
		send(delta(turn, Integer.toString(n)));
		send(delta(turn, ""));
		finish(turn, answer);
	}

	private void hold(Turn turn) {
		CompletableFuture<Void> release = new CompletableFuture<>();
		this.held.put(turn.turnId, release);
		begin(turn);
		log("holding " + turn.turnId);
		try {
			release.get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log("hold " + turn.turnId + " not released: " + ex);
		}
		this.held.remove(turn.turnId);
		boolean wasInterrupted = this.interrupted.remove(turn.turnId);
		send(itemCompleted(turn, "released"));
		send(turnCompleted(turn).replace("\"status\":\"completed\"",
				wasInterrupted ? "\"status\":\"interrupted\"" : "\"status\":\"completed\""));
		log("released " + turn.turnId);
	}

	/** A goal's turn, started by the server itself after {@code thread/goal/set}: answers, then completes the goal. */
	private void runGoalTurn(Turn turn) {
		String answer = "goal: " + turn.prompt;
		send(turnStarted(turn));
		send(itemStarted(turn));
		send(delta(turn, answer));
		send(itemCompleted(turn, answer));
		send("{\"method\":\"thread/goal/updated\",\"params\":{\"threadId\":" + Json.write(turn.threadId)
				+ ",\"turnId\":" + Json.write(turn.turnId) + ",\"goal\":{\"threadId\":" + Json.write(turn.threadId)
				+ ",\"objective\":" + Json.write(turn.prompt) + ",\"status\":\"complete\"}}}");
		send(turnCompleted(turn));
	}

	/** Answers turn/start, then {@code turn/started} and the agent message's {@code item/started}. */
	private void begin(Turn turn) {
		sendResult(turn.requestId, turnResult(turn));
		send(turnStarted(turn));
		send(itemStarted(turn));
	}

	private void finish(Turn turn, String text) {
		send(itemCompleted(turn, text));
		send(turnCompleted(turn));
	}

	private void silence() {
		this.silent = true;
		log("silent");
		try {
			// a hung process does not react to SIGTERM either: the client must escalate to SIGKILL
			sun.misc.Signal.handle(new sun.misc.Signal("TERM"), (signal) -> log("ignored SIGTERM"));
		}
		catch (RuntimeException | LinkageError ex) {
			log("cannot ignore SIGTERM: " + ex);
		}
	}

	/** Stops reading stdin and writing stdout for good, like a deadlocked server: the reader thread blocks here. */
	private void freeze() {
		silence();
		log("frozen");
		try {
			new CountDownLatch(1).await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void garbage(Turn turn) {
		begin(turn);
		String t = Json.write(turn.threadId);
		String u = Json.write(turn.turnId);
		List<String> junk = List.of("this is not json",
				"{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":", "[1,2,3]", "null", "42",
				"\"just a string\"", "{}", "{\"method\":17}", "{\"id\":987654,\"result\":{\"surprise\":true}}",
				"{\"id\":\"not-a-number\",\"error\":{\"code\":-32000,\"message\":\"stray\"}}",
				"{\"id\":-5,\"error\":\"not an object\"}", "{\"method\":\"item/agentMessage/delta\",\"params\":null}",
				"{\"method\":\"item/agentMessage/delta\",\"params\":[" + t + "]}",
				"{\"method\":\"item/completed\",\"params\":{\"threadId\":" + t + ",\"turnId\":" + u
						+ ",\"item\":\"oops\"}}",
				"{\"method\":\"turn/completed\",\"params\":{\"threadId\":" + t + ",\"turn\":\"oops\"}}",
				"", "   ", "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":" + t + ",\"turnId\":" + u
						+ ",\"itemId\":\"msg-" + turn.turnId + "\",\"delta\":\"crlf,\"}}\r");
		StringBuilder text = new StringBuilder();
		int k = 0;
		for (String line : junk) {
			String delta = "g" + k++ + ",";
			if (line.endsWith("\r")) {
				// the CRLF-terminated delta above
				text.append("crlf,");
				send(line);
				continue;
			}
			text.append(delta);
			send(delta(turn, delta));
			send(line);
		}
		// invalid UTF-8 and a NUL byte
		sendBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0, '\n' });
		text.append("end");
		send(delta(turn, "end"));
		finish(turn, text.toString());
	}

	private void unknowns(Turn turn) {
		sendResult(turn.requestId, turnResult(turn));
		send(turnStarted(turn));
		String t = Json.write(turn.threadId);
		String u = Json.write(turn.turnId);
		send("{\"method\":\"fault/futureNotification\",\"params\":{\"threadId\":" + t + ",\"turnId\":" + u
				+ ",\"payload\":{\"a\":[1,2]}}}");
		send("{\"method\":\"fault/globalNotification\",\"params\":{\"x\":1}}");
		send("{\"method\":\"item/started\",\"params\":{\"threadId\":" + t + ",\"turnId\":" + u
				+ ",\"item\":{\"type\":\"hologram\",\"id\":\"holo-1\",\"shape\":\"cube\"}}}");
		send("{\"method\":\"item/completed\",\"params\":{\"threadId\":" + t + ",\"turnId\":" + u
				+ ",\"item\":{\"type\":\"hologram\",\"id\":\"holo-1\",\"shape\":\"sphere\"}}}");
		// events for turns and threads the client does not know
		send("{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":" + t
				+ ",\"turnId\":\"ghost-turn\",\"itemId\":\"ghost-msg\",\"delta\":\"BOO\"}}");
		send("{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"ghost-thread\","
				+ "\"turnId\":\"ghost-turn-2\","
				+ "\"itemId\":\"ghost-msg\",\"delta\":\"BOO\"}}");
		send("{\"method\":\"turn/completed\",\"params\":{\"threadId\":" + t + ",\"turn\":{\"id\":\"ghost-turn\","
				+ "\"status\":\"failed\",\"error\":{\"message\":\"ghost\"},\"items\":[]}}}");
		send("{\"method\":\"turn/completed\",\"params\":{\"threadId\":\"ghost-thread\","
				+ "\"turn\":{\"id\":\"ghost-turn-2\","
				+ "\"status\":\"failed\",\"error\":{\"message\":\"ghost\"},\"items\":[]}}}");
		// a server request of a kind the client cannot know: it must answer (with an error), or the turn would hang
		CompletableFuture<JsonNode> reply = new CompletableFuture<>();
		this.clientReplies.put("srv-1", reply);
		send("{\"id\":\"srv-1\",\"method\":\"fault/futureRequest\",\"params\":{\"threadId\":" + t + ",\"turnId\":" + u
				+ "}}");
		String answer;
		try {
			JsonNode message = reply.get(5, TimeUnit.SECONDS);
			answer = "server request answered with " + (message.has("error")
					? "error " + message.path("error").path("code").asInt() : "result " + message.get("result"));
		}
		catch (Exception ex) {
			answer = "server request unanswered: " + ex;
		}
		send(itemStarted(turn));
		send(delta(turn, answer));
		finish(turn, answer);
	}

	/** Turns of a {@code gather} group, played together once all have arrived. */
	private final class Gathering {

		private final List<Turn> waiting = new ArrayList<>();

		void add(Turn turn, int size) {
			List<Turn> group = null;
			synchronized (this) {
				this.waiting.add(turn);
				if (this.waiting.size() == size) {
					group = new ArrayList<>(this.waiting);
					this.waiting.clear();
				}
			}
			if (group != null) {
				playGathered(group);
			}
		}

	}

	/**
	 * Plays a group of turns interleaved: the responses of odd-numbered turns (in reverse order), then every turn's
	 * {@code turn/started} and item, their deltas round-robin, their completions in reverse order, and only then the
	 * responses of the even-numbered turns, so those turns end before the client even knows their ids.
	 */
	private void playGathered(List<Turn> group) {
		log("gathered " + group.size());
		for (int i = group.size() - 1; i >= 0; i--) {
			if (i % 2 == 1) {
				sendResult(group.get(i).requestId, turnResult(group.get(i)));
			}
		}
		for (Turn turn : group) {
			send(turnStarted(turn));
			send(itemStarted(turn));
		}
		List<StringBuilder> texts = new ArrayList<>();
		group.forEach((turn) -> texts.add(new StringBuilder()));
		for (int round = 0; round < 5; round++) {
			for (int i = 0; i < group.size(); i++) {
				Turn turn = group.get(i);
				String tag = turn.prompt.trim().split("\\s+")[2];
				String delta = tag + "#" + round + ",";
				texts.get(i).append(delta);
				send(delta(turn, delta));
			}
		}
		for (int i = group.size() - 1; i >= 0; i--) {
			finish(group.get(i), texts.get(i).toString());
		}
		for (int i = group.size() - 1; i >= 0; i--) {
			if (i % 2 == 0) {
				sendResult(group.get(i).requestId, turnResult(group.get(i)));
			}
		}
	}

	// ------------------------------------------------------------------ wire shapes (codex 0.169.0)

	private static JsonNode turnResult(Turn turn) {
		return Json.parse("{\"turn\":{\"id\":" + Json.write(turn.turnId)
				+ ",\"items\":[],\"itemsView\":\"notLoaded\",\"status\":\"inProgress\",\"error\":null,"
				+ "\"startedAt\":null,\"completedAt\":null,\"durationMs\":null}}");
	}

	private static String turnStarted(Turn turn) {
		return "{\"method\":\"turn/started\",\"params\":{\"threadId\":" + Json.write(turn.threadId)
				+ ",\"turn\":{\"id\":" + Json.write(turn.turnId) + ",\"rootTurnId\":" + Json.write(turn.turnId)
				+ ",\"items\":[],\"itemsView\":\"notLoaded\",\"status\":\"inProgress\",\"error\":null,"
				+ "\"startedAt\":1764547200,\"completedAt\":null,\"durationMs\":null}}}";
	}

	private static String itemStarted(Turn turn) {
		return "{\"method\":\"item/started\",\"params\":{\"item\":{\"type\":\"agentMessage\",\"moderation\":null,"
				+ "\"id\":\"msg-" + turn.turnId + "\",\"text\":\"\",\"phase\":null,\"memoryCitation\":null,"
				+ "\"delivery\":null,\"questions\":null,\"startedAtMs\":1764547200000,\"completedAtMs\":null},"
				+ "\"threadId\":" + Json.write(turn.threadId) + ",\"turnId\":" + Json.write(turn.turnId)
				+ ",\"startedAtMs\":1764547200000}}";
	}

	private static String delta(Turn turn, String delta) {
		return "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":" + Json.write(turn.threadId)
				+ ",\"turnId\":" + Json.write(turn.turnId) + ",\"itemId\":\"msg-" + turn.turnId + "\",\"delta\":"
				+ Json.write(delta) + "}}";
	}

	private static String itemCompleted(Turn turn, String text) {
		return "{\"method\":\"item/completed\",\"params\":{\"item\":{\"type\":\"agentMessage\",\"moderation\":null,"
				+ "\"id\":\"msg-" + turn.turnId + "\",\"text\":" + Json.write(text) + ",\"phase\":null,"
				+ "\"memoryCitation\":null,\"delivery\":null,\"questions\":null,\"startedAtMs\":1764547200000,"
				+ "\"completedAtMs\":1764547201000},\"threadId\":" + Json.write(turn.threadId) + ",\"turnId\":"
				+ Json.write(turn.turnId) + ",\"contentTokenCount\":null,\"completedAtMs\":1764547201000}}";
	}

	private static String turnCompleted(Turn turn) {
		return "{\"method\":\"turn/completed\",\"params\":{\"threadId\":" + Json.write(turn.threadId)
				+ ",\"turn\":{\"id\":" + Json.write(turn.turnId) + ",\"rootTurnId\":" + Json.write(turn.turnId)
				+ ",\"items\":[],\"itemsView\":\"summary\",\"status\":\"completed\",\"error\":null,"
				+ "\"startedAt\":1764547200,\"completedAt\":1764547201,\"durationMs\":1000}}}";
	}

	// ------------------------------------------------------------------ output

	private void sendResult(JsonNode id, JsonNode result) {
		ObjectNode message = Json.object();
		message.set("id", id);
		message.set("result", result);
		send(Json.write(message));
	}

	private void sendError(JsonNode id, JsonNode error) {
		ObjectNode message = Json.object();
		message.set("id", id);
		message.set("error", error);
		send(Json.write(message));
	}

	private void send(String line) {
		send(line, true);
	}

	private void send(String line, boolean flush) {
		if (this.silent) {
			return;
		}
		byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
		synchronized (this.out) {
			try {
				this.out.write(bytes);
				if (flush) {
					this.out.flush();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private void sendBytes(byte[] bytes) {
		synchronized (this.out) {
			try {
				this.out.write(bytes);
				this.out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Writes one stderr line of {@code bytes} letters, without building it in memory. */
	private static void hugeStderrLine(long bytes) {
		byte[] chunk = new byte[1 << 16];
		Arrays.fill(chunk, (byte) 'e');
		try {
			FileOutputStream err = new FileOutputStream(FileDescriptor.err);
			for (long left = bytes; left > 0; left -= chunk.length) {
				err.write(chunk, 0, (int) Math.min(chunk.length, left));
			}
			err.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes {@code prefix}, {@code bytes} letters and {@code suffix} as one line, without building it in memory. */
	private void sendHuge(String prefix, long bytes, String suffix) {
		byte[] chunk = new byte[1 << 16];
		Arrays.fill(chunk, (byte) 'x');
		synchronized (this.out) {
			try {
				this.out.write(prefix.getBytes(StandardCharsets.UTF_8));
				for (long left = bytes; left > 0; left -= chunk.length) {
					this.out.write(chunk, 0, (int) Math.min(chunk.length, left));
				}
				this.out.write((suffix + "\n").getBytes(StandardCharsets.UTF_8));
				this.out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		log("sent huge line of " + bytes + " bytes");
	}

	private synchronized void log(String line) {
		if (this.log == null) {
			return;
		}
		try {
			Files.writeString(this.log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			System.err.println("fault-server: cannot write log: " + ex);
		}
	}

	private record Turn(JsonNode requestId, String threadId, String turnId, String prompt) {
	}

}
