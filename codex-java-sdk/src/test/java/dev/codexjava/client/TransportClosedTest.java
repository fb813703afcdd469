package dev.codexjava.client;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.TransportClosedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@Timeout(30)
class TransportClosedTest {

	private static final Duration PROMPTLY = Duration.ofSeconds(2);

	private static void assertCrash(Throwable ex) {
		assertThat(ex).isInstanceOf(TransportClosedException.class);
		TransportClosedException closed = (TransportClosedException) ex;
		assertThat(closed.exitCode()).hasValue(137);
		assertThat(closed.stderrTail()).containsExactly("boom");
		assertThat(closed.getMessage()).contains("exited unexpectedly", "exit code 137", "signal 9", "boom");
	}

	/** The failure of {@code future}, which must fail within {@link #PROMPTLY}. */
	private static Throwable failureOf(CompletableFuture<?> future) {
		try {
			Object value = future.get(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS);
			throw new AssertionError("expected a failure, got " + value);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (TimeoutException ex) {
			throw new AssertionError("the future did not fail within " + PROMPTLY);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	@Test
	void processDeathMidTurnFailsRunStreamsAndPendingRequestsPromptly() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.once("thread/start", (p) -> Reply.result(Wire.threadResult("t1")),
				(p) -> Reply.result(Wire.threadResult("t2")));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult(p.get("threadId").asString().replace('t', 'u'))));
		fake.on("thread/read", (p) -> Reply.none());
		List<String> exits = new CopyOnWriteArrayList<>();
		CodexConfig config = FakeServer.config()
			.requestTimeout(Duration.ofSeconds(30))
			.listener(new CodexListener() {
				@Override
				public void onProcessExited(Integer exitCode, boolean expected) {
					exits.add(exitCode + "/" + expected);
				}
			})
			.build();
		ExecutorService callers = Executors.newFixedThreadPool(3);
		try (Codex codex = Codex.start(config, fake)) {
			CodexThread running = codex.startThread();
			CodexThread streaming = codex.startThread();
			TurnHandle runHandle = running.turn("a");
			TurnHandle streamHandle = streaming.turn("b");
			fake.push(Wire.agentDelta("t2", "u2", "m", "partial"));

			CompletableFuture<TurnResult> run = CompletableFuture.supplyAsync(runHandle::run, callers);
			Iterator<TurnEvent> stream = streamHandle.stream().iterator();
			assertThat(stream.next()).isEqualTo(new TurnEvent.AgentMessageDelta("m", "partial"));
			CompletableFuture<Boolean> streamNext = CompletableFuture.supplyAsync(stream::hasNext, callers);
			CompletableFuture<JsonNode> pending = codex.async().request("thread/read", null);
			fake.awaitRequests("thread/read", 1);

			long start = System.nanoTime();
			fake.simulateExit(137, List.of("boom"));

			assertCrash(failureOf(run));
			assertCrash(failureOf(streamNext));
			assertCrash(failureOf(pending));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);

			assertThat(codex.isRunning()).isFalse();
			// calls fail first, then the listeners hear of the exit (a slow listener never delays the failures)
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(exits).containsExactly("137/false"));
			assertThatThrownBy(codex::startThread).satisfies(TransportClosedTest::assertCrash);
			assertThatThrownBy(() -> running.run("again")).satisfies(TransportClosedTest::assertCrash);
			assertThatThrownBy(() -> codex.request("thread/read", null)).satisfies(TransportClosedTest::assertCrash);
			assertThat(codex.activeTurns()).isZero();
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(fake.closedNotifications()).as("onClosed exactly once").isEqualTo(1);
	}

	@Test
	void eventsBufferedBeforeTheCrashAreStillDeliveredThenTheStreamThrows() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.agentMessage("t1", "u1", "m1", null, "before the crash"));
			fake.simulateExit(137, List.of("boom"));
			fake.awaitIdle();
			Iterator<TurnEvent> events = handle.stream().iterator();
			assertThat(events.next()).isInstanceOf(TurnEvent.ItemCompleted.class);
			assertThatThrownBy(events::hasNext).satisfies(TransportClosedTest::assertCrash);
		}
	}

	@Test
	void closeFailsPendingCallsAndOpenTurnsAndIsIdempotent() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("thread/read", (p) -> Reply.none());
		List<String> exits = new CopyOnWriteArrayList<>();
		CodexConfig config = FakeServer.config()
			.requestTimeout(Duration.ofSeconds(30))
			.listener(new CodexListener() {
				@Override
				public void onProcessExited(Integer exitCode, boolean expected) {
					exits.add(exitCode + "/" + expected);
				}
			})
			.build();
		Codex codex = Codex.start(config, fake);
		try {
			TurnHandle handle = codex.startThread().turn("x");
			CompletableFuture<JsonNode> pending = codex.async().request("thread/read", null);
			fake.awaitRequests("thread/read", 1);

			codex.close();

			assertThat(failureOf(pending)).isInstanceOf(TransportClosedException.class);
			assertThat(failureOf(handle.result())).isInstanceOf(TransportClosedException.class);
			assertThat(codex.isRunning()).isFalse();
			assertThat(fake.isClosed()).isTrue();
			assertThat(exits).containsExactly("null/true");

			codex.close();
			assertThat(fake.closeCalls()).as("close is idempotent").isEqualTo(1);
			assertThat(fake.closedNotifications()).isEqualTo(1);
			assertThatThrownBy(codex::startThread).isInstanceOf(TransportClosedException.class)
				.hasMessageContaining("closed");
		}
		finally {
			codex.close();
		}
	}

	@Test
	void closeFailsACallThatIsWaitingToBeRetried() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> Reply.error(-32001, "Server overloaded; retry later."));
		CountDownLatch retryScheduled = new CountDownLatch(1);
		RetryPolicy slowRetry = RetryPolicy.builder()
			.maxAttempts(3)
			.initialDelay(Duration.ofSeconds(20))
			.maxDelay(Duration.ofSeconds(20))
			.jitter(0)
			.build();
		CodexConfig config = FakeServer.config().retryPolicy(slowRetry).listener(new CodexListener() {
			@Override
			public void onRetry(String method, int attempt, Duration delay, Throwable failure) {
				retryScheduled.countDown();
			}
		}).build();
		Codex codex = Codex.start(config, fake);
		try {
			CompletableFuture<CodexThread> call = codex.async().startThread();
			assertThat(retryScheduled.await(5, TimeUnit.SECONDS)).isTrue();

			codex.close();

			assertThat(failureOf(call)).isInstanceOf(TransportClosedException.class);
			assertThat(fake.requestCount("thread/start")).isEqualTo(1);
		}
		finally {
			codex.close();
		}
	}

	@Test
	void closeEndsAStreamThatIsBeingConsumed() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		Codex codex = Codex.start(FakeServer.config().build(), fake);
		try {
			TurnHandle handle = codex.startThread().turn("x");
			CompletableFuture<List<TurnEvent>> consumer = CompletableFuture.supplyAsync(() -> handle.stream().toList());
			fake.push(Wire.agentDelta("t1", "u1", "m", "a"));
			codex.close();
			assertThat(failureOf(consumer)).isInstanceOf(TransportClosedException.class);
		}
		finally {
			codex.close();
		}
	}

	@Test
	void concurrentCloseCallsCloseTheTransportOnce() throws Exception {
		FakeTransport fake = new FakeTransport();
		Codex codex = Codex.start(FakeServer.config().build(), fake);
		ExecutorService closers = Executors.newFixedThreadPool(4);
		try {
			List<CompletableFuture<Void>> closes = List.of(CompletableFuture.runAsync(codex::close, closers),
					CompletableFuture.runAsync(codex::close, closers), CompletableFuture.runAsync(codex::close, closers),
					CompletableFuture.runAsync(codex::close, closers));
			CompletableFuture.allOf(closes.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
			assertThat(fake.closeCalls()).isEqualTo(1);
		}
		finally {
			closers.shutdownNow();
			codex.close();
		}
	}

}
