package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link CodexListener#captureContext()} travels with the operation: what a listener captured on the application's
 * thread when it began a turn, a goal or a request is handed back to it in {@code onTurnStarted} and
 * {@code onRequestStarted}, although those run on the SDK's reader, worker and timer threads (where the application's
 * thread-locals, such as its current trace, are not set). {@code onRequestCompleted} gets what
 * {@code onRequestStarted} returned for the same attempt.
 */
class ListenerContextTest {

	/** Stands for the application's current trace, a thread-local as in every tracing library. */
	private static final ThreadLocal<String> TRACE = new ThreadLocal<>();

	private final Recorder recorder = new Recorder();

	@AfterEach
	void clearTrace() {
		TRACE.remove();
	}

	@Test
	void aSyncTurnAndItsRequestsGetTheCallersContext() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1")).thenPush(Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().listener(this.recorder).build(), fake)) {
			TRACE.set("trace-start");
			CodexThread thread = codex.startThread();
			TRACE.set("trace-run");
			thread.run("hi");

			assertThat(this.recorder.turns).containsExactly("u1 in trace-run");
			assertThat(this.recorder.requestsStarted).contains("thread/start in trace-start", "turn/start in trace-run");
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(this.recorder.requestsCompleted).contains("thread/start#2 ok",
						"turn/start#3 ok"));
		}
		// initialize began on the test thread before any trace: nothing captured, its end still reported
		assertThat(this.recorder.requestsStarted).first().isEqualTo("initialize in null");
		assertThat(this.recorder.requestsCompleted).first().isEqualTo("initialize#1 ok");
	}

	@Test
	void anAsyncTurnStartedAfterAWindDownGetsTheCallersContextOnAWorkerThread() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1")));
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(
				FakeServer.config().listener(this.recorder).turnTimeout(Duration.ofMillis(300)).build(), fake)) {
			CodexThread thread = codex.startThread();
			try {
				thread.run("times out");
			}
			catch (RuntimeException expected) {
				// the turn timeout: the next turn waits until the server ends this one
			}
			fake.awaitRequests("turn/interrupt", 1);
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.turnCompleted("t1", "u2")));

			TRACE.set("trace-async");
			CompletableFuture<TurnResult> next = thread.runAsync("next");
			TRACE.remove();
			assertThat(next).isNotDone();
			// the old turn ends: turn/start is sent from a worker thread, which has no trace of its own
			fake.push(Wire.turnCompleted("t1", "u1", "interrupted", null));
			assertThat(next.get(5, TimeUnit.SECONDS).id()).isEqualTo("u2");

			assertThat(this.recorder.turns).contains("u2 in trace-async");
			assertThat(this.recorder.requestsStarted).endsWith("turn/start in trace-async");
		}
	}

	@Test
	void retriesOfARequestKeepItsContextAndEachAttemptEndsWithItsOwnValue() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.once("thread/start", (p) -> Reply.error(-32001, "Server overloaded; retry later."));
		try (Codex codex = Codex.start(FakeServer.config().listener(this.recorder).build(), fake)) {
			TRACE.set("trace-retry");
			codex.startThread();
			// the retry is sent from the timer thread
			assertThat(this.recorder.requestsStarted).containsSubsequence("thread/start in trace-retry",
					"thread/start in trace-retry");
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(this.recorder.requestsCompleted).contains("thread/start#2 failed",
						"thread/start#3 ok"));
		}
	}

	@Test
	void aGoalsRequestsAndFirstTurnGetTheCallersContext() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("thread/read", (p) -> Reply.none());
		fake.on("thread/goal/set", (p) -> Reply.result("{}")
			.thenPush(Wire.turnStarted("t1", "g1"), Wire.agentMessage("t1", "g1", "m1", "final_answer", "goal met"),
					Wire.notification("thread/goal/updated",
							"{\"threadId\":\"t1\",\"goal\":{\"threadId\":\"t1\",\"status\":\"complete\"}}"),
					Wire.turnCompleted("t1", "g1")));
		try (Codex codex = Codex.start(FakeServer.config().listener(this.recorder).build(), fake)) {
			CodexThread thread = codex.startThread();
			TRACE.set("trace-goal");
			CompletableFuture<TurnResult> goal = thread.runGoalAsync("ship it");
			TRACE.remove();
			// answered only now: clear and set are sent from the reader and worker threads
			fake.awaitRequests("thread/read", 1);
			ObjectNode response = Json.object();
			response.set("id", fake.requests("thread/read").get(0).get("id"));
			response.set("result", Json.parse(Wire.threadResult("t1")));
			fake.push(Json.write(response));
			assertThat(goal.get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("goal met");

			assertThat(this.recorder.requestsStarted).contains("thread/read in trace-goal",
					"thread/goal/clear in trace-goal", "thread/goal/set in trace-goal");
			assertThat(this.recorder.turns).containsExactly("g1 in trace-goal");
		}
	}

	@Test
	void laterPagesOfAListingGetTheCallersContext() throws Exception {
		FakeTransport fake = new FakeTransport();
		// the first page is answered by hand, after the call returned: the second is requested from a worker
		fake.on("thread/list", (p) -> p.has("cursor")
				? Reply.result("{\"data\":[{\"id\":\"t2\",\"status\":{\"type\":\"idle\"}}],\"nextCursor\":null}")
				: Reply.none());
		try (Codex codex = Codex.start(FakeServer.config().listener(this.recorder).build(), fake)) {
			TRACE.set("trace-list");
			CompletableFuture<List<ThreadInfo>> all = codex.async()
				.listThreads(ThreadListOptions.none());
			TRACE.remove();
			fake.awaitRequests("thread/list", 1);
			ObjectNode response = Json.object();
			response.set("id", fake.requests("thread/list").get(0).get("id"));
			response.set("result", Json.parse("{\"data\":[{\"id\":\"t1\",\"status\":{\"type\":\"idle\"}}],"
					+ "\"nextCursor\":\"c2\"}"));
			fake.push(Json.write(response));
			assertThat(all.get(5, TimeUnit.SECONDS)).hasSize(2);

			assertThat(this.recorder.requestsStarted).containsSubsequence("thread/list in trace-list",
					"thread/list in trace-list");
		}
	}

	@Test
	void aListenerThatCapturesNothingIsToldAsBefore() {
		List<String> seen = new CopyOnWriteArrayList<>();
		CodexListener plain = new CodexListener() {

			@Override
			public void onTurnStarted(String threadId, String turnId, String model) {
				seen.add("turn " + turnId);
			}

			@Override
			public void onRequestCompleted(String method, Duration duration, Throwable failure) {
				seen.add("request " + method);
			}

		};
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1")).thenPush(Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().listener(plain).listener(this.recorder).build(), fake)) {
			TRACE.set("trace-x");
			codex.startThread().run("hi");
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(seen).contains("request initialize", "request thread/start",
						"request turn/start", "turn u1"));
			// the other listener's capture is its own
			assertThat(this.recorder.turns).containsExactly("u1 in trace-x");
		}
	}

	/** Captures {@link #TRACE}; records what it is handed back. */
	private static final class Recorder implements CodexListener {

		final List<String> turns = new CopyOnWriteArrayList<>();

		final List<String> requestsStarted = new CopyOnWriteArrayList<>();

		final List<String> requestsCompleted = new CopyOnWriteArrayList<>();

		private final AtomicInteger attempts = new AtomicInteger();

		@Override
		public Object captureContext() {
			return TRACE.get();
		}

		@Override
		public void onTurnStarted(String threadId, String turnId, String model, Object context) {
			this.turns.add(turnId + " in " + context);
		}

		@Override
		public Object onRequestStarted(String method, Object context) {
			this.requestsStarted.add(method + " in " + context);
			return "#" + this.attempts.incrementAndGet();
		}

		@Override
		public void onRequestCompleted(String method, Duration duration, Throwable failure, Object started) {
			this.requestsCompleted.add(method + started + ((failure != null) ? " failed" : " ok"));
		}

	}

}
