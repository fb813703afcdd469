package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Retries#withoutAutomaticRetry} travels with the operation, not the thread: requests an operation called
 * inside the block sends later from worker, reader or timer threads (a goal's {@code thread/goal/clear} and
 * {@code thread/goal/set}, an async turn's {@code turn/start} after a timed-out turn, further pages of a listing) are
 * attempted once, so an outer retry is not multiplied by the SDK's. Outside the block, they are retried as usual.
 */
class RetrySuppressionTest {

	private static final String BUSY = "Server overloaded; retry later.";

	private static final int ATTEMPTS = FakeServer.FAST_RETRY.maxAttempts();

	/**
	 * A fake whose thread t1 runs goals: thread/goal/set starts turn g1, which completes the goal. thread/read is not
	 * answered by itself (see {@link #answerThreadRead}).
	 */
	private static FakeTransport goalServer() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("thread/read", (p) -> Reply.none());
		fake.on("thread/goal/set", (p) -> Reply.result("{}")
			.thenPush(Wire.turnStarted("t1", "g1"), Wire.agentMessage("t1", "g1", "m1", "final_answer", "goal met"),
					Wire.notification("thread/goal/updated",
							"{\"threadId\":\"t1\",\"goal\":{\"threadId\":\"t1\",\"status\":\"complete\"}}"),
					Wire.turnCompleted("t1", "g1")));
		return fake;
	}

	/**
	 * Answers the {@code n}-th thread/read (from 1) once the goal call has sent it: the goal's next step then runs on
	 * the client's reader and worker threads, never inline on the caller's thread (which a fast answer would allow).
	 */
	private static void answerThreadRead(FakeTransport fake, int n) {
		fake.awaitRequests("thread/read", n);
		ObjectNode response = Json.object();
		response.set("id", fake.requests("thread/read").get(n - 1).get("id"));
		response.set("result", Json.parse(Wire.threadResult("t1")));
		fake.push(Json.write(response));
	}

	@Test
	void aGoalsClearAndSetAreAttemptedOnceInsideTheBlock() throws Exception {
		FakeTransport fake = goalServer();
		fake.once("thread/goal/clear", (p) -> Reply.error(-32001, BUSY));
		ExecutorService caller = Executors.newSingleThreadExecutor();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();

			// the blocking form, on a caller thread of its own: it waits while thread/read is pending
			Future<TurnHandle> blocking = caller
				.submit(() -> Retries.withoutAutomaticRetry(() -> thread.startGoal("ship it")));
			answerThreadRead(fake, 1);
			assertThatThrownBy(() -> blocking.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/goal/clear")).isEqualTo(1);
			assertThat(fake.requestCount("thread/goal/set")).isZero();

			fake.once("thread/goal/set", (p) -> Reply.error(-32001, BUSY));
			CompletableFuture<TurnResult> async = Retries.withoutAutomaticRetry(() -> thread.runGoalAsync("ship it"));
			answerThreadRead(fake, 2);
			assertThat(async).failsWithin(Duration.ofSeconds(5))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.havingCause()
				.isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/goal/clear")).isEqualTo(2);
			assertThat(fake.requestCount("thread/goal/set")).isEqualTo(1);
			assertThat(thread.isBusy()).isFalse();

			// outside the block the SDK retries the goal's requests: the goal runs
			fake.once("thread/goal/clear", (p) -> Reply.error(-32001, BUSY));
			fake.once("thread/goal/set", (p) -> Reply.error(-32001, BUSY));
			CompletableFuture<TurnResult> retried = thread.runGoalAsync("ship it");
			answerThreadRead(fake, 3);
			assertThat(retried.get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("goal met");
			assertThat(fake.requestCount("thread/goal/clear")).isEqualTo(4);
			assertThat(fake.requestCount("thread/goal/set")).isEqualTo(3);
		}
		finally {
			caller.shutdownNow();
		}
	}

	@Test
	void anAsyncTurnStartedAfterATimedOutTurnIsAttemptedOnceInsideTheBlock() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1")));
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(FakeServer.config().turnTimeout(Duration.ofMillis(300)).build(), fake)) {
			CodexThread thread = codex.startThread();
			assertThatThrownBy(() -> thread.run("x")).isInstanceOf(CodexTimeoutException.class);
			fake.awaitRequests("turn/interrupt", 1);
			fake.once("turn/start", (p) -> Reply.error(-32001, BUSY));
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.turnCompleted("t1", "u2")));

			// returns at once; turn/start is sent from a worker once the server ended the old turn
			CompletableFuture<TurnResult> next = Retries.withoutAutomaticRetry(() -> thread.runAsync("y"));
			assertThat(next).isNotDone();
			fake.push(Wire.turnCompleted("t1", "u1", "interrupted", null));

			assertThat(next).failsWithin(Duration.ofSeconds(10))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.havingCause()
				.isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("turn/start")).isEqualTo(2);

			// outside the block the same failure is retried
			fake.once("turn/start", (p) -> Reply.error(-32001, BUSY));
			assertThat(thread.runAsync("z").get(10, TimeUnit.SECONDS).id()).isEqualTo("u2");
			assertThat(fake.requestCount("turn/start")).isEqualTo(4);
		}
	}

	@Test
	void laterPagesOfAListingAreAttemptedOnceInsideTheBlock() throws Exception {
		FakeTransport fake = new FakeTransport();
		// the first page is answered by hand (see firstPage), the second is overloaded
		fake.on("thread/list", (p) -> (p.has("cursor")) ? Reply.error(-32001, BUSY) : Reply.none());
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CompletableFuture<List<ThreadInfo>> all = Retries
				.withoutAutomaticRetry(() -> codex.async().listThreads(ThreadListOptions.none()));
			firstPage(fake, 1);
			assertThat(all).failsWithin(Duration.ofSeconds(5))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.havingCause()
				.isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/list")).isEqualTo(2);

			CompletableFuture<List<ThreadInfo>> retried = codex.async().listThreads(ThreadListOptions.none());
			firstPage(fake, 3);
			assertThat(retried).failsWithin(Duration.ofSeconds(5));
			assertThat(fake.requestCount("thread/list")).isEqualTo(2 + 1 + ATTEMPTS);
		}
	}

	/** Answers the {@code n}-th thread/list request (a first page) once sent, with one thread and a next cursor. */
	private static void firstPage(FakeTransport fake, int n) {
		fake.awaitRequests("thread/list", n);
		ObjectNode response = Json.object();
		response.set("id", fake.requests("thread/list").get(n - 1).get("id"));
		response.set("result", Json.parse("{\"data\":[{\"id\":\"t1\",\"status\":{\"type\":\"idle\"}}],"
				+ "\"nextCursor\":\"c2\"}"));
		fake.push(Json.write(response));
	}

}
