package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.ServerBusyException;
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

	/** A fake whose thread t1 runs goals: thread/goal/set starts turn g1, which completes the goal. */
	private static FakeTransport goalServer() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("thread/read", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("thread/goal/set", (p) -> Reply.result("{}")
			.thenPush(Wire.turnStarted("t1", "g1"), Wire.agentMessage("t1", "g1", "m1", "final_answer", "goal met"),
					Wire.notification("thread/goal/updated",
							"{\"threadId\":\"t1\",\"goal\":{\"threadId\":\"t1\",\"status\":\"complete\"}}"),
					Wire.turnCompleted("t1", "g1")));
		return fake;
	}

	@Test
	void aGoalsClearAndSetAreAttemptedOnceInsideTheBlock() throws Exception {
		FakeTransport fake = goalServer();
		fake.once("thread/goal/clear", (p) -> Reply.error(-32001, BUSY));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();

			// thread/goal/clear is sent from a worker thread, once thread/read has been answered
			assertThatThrownBy(() -> Retries.withoutAutomaticRetry(() -> thread.startGoal("ship it")))
				.isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/goal/clear")).isEqualTo(1);
			assertThat(fake.requestCount("thread/goal/set")).isZero();

			fake.once("thread/goal/set", (p) -> Reply.error(-32001, BUSY));
			CompletableFuture<TurnResult> async = Retries.withoutAutomaticRetry(() -> thread.runGoalAsync("ship it"));
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
			assertThat(thread.runGoal("ship it").finalResponse()).isEqualTo("goal met");
			assertThat(fake.requestCount("thread/goal/clear")).isEqualTo(4);
			assertThat(fake.requestCount("thread/goal/set")).isEqualTo(3);
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
		fake.on("thread/list", (p) -> (p.has("cursor")) ? Reply.error(-32001, BUSY)
				: Reply.result("{\"data\":[" + Wire.threadResult("t1").replace("{\"thread\":", "").replaceFirst("}$", "")
						+ "],\"nextCursor\":\"c2\"}"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CompletableFuture<List<ThreadInfo>> all = Retries
				.withoutAutomaticRetry(() -> codex.async().listThreads(ThreadListOptions.none()));
			assertThat(all).failsWithin(Duration.ofSeconds(5))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.havingCause()
				.isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/list")).isEqualTo(2);

			assertThat(codex.async().listThreads(ThreadListOptions.none())).failsWithin(Duration.ofSeconds(5));
			assertThat(fake.requestCount("thread/list")).isEqualTo(3 + ATTEMPTS);
		}
	}

}
