package dev.codexjava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.transport.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Anything thrown on the reader thread (issue 11): a listener's {@code AssertionError} is isolated and the client keeps
 * working; an {@code Error} in the client's own dispatch (out of memory while handling a large message) closes the
 * connection with a reason at once, so calls in flight fail at once and supervision restarts as after a crash; an
 * {@code Error} while restarting is one failed attempt, not the end of supervision.
 */
@Timeout(30)
class ReaderFailureTest {

	private static final Duration PROMPTLY = Duration.ofSeconds(2);

	private static final SupervisionPolicy FAST_RESTARTS = new SupervisionPolicy(true, 5, Duration.ofMinutes(1),
			Duration.ofMillis(10), 2.0, Duration.ofMillis(50));

	/** A listener whose every callback fails the way a test's assertion in a listener does. */
	private static final class AssertingListener implements CodexListener {

		final List<String> calls = new CopyOnWriteArrayList<>();

		private void fail(String callback) {
			this.calls.add(callback);
			throw new AssertionError("listener bug in " + callback);
		}

		@Override
		public void onProcessStarted(long pid, String serverVersion) {
			fail("onProcessStarted");
		}

		@Override
		public void onProcessExited(Integer exitCode, boolean expected) {
			fail("onProcessExited");
		}

		@Override
		public void onRestartScheduled(int attempt, Duration delay, Throwable reason) {
			fail("onRestartScheduled");
		}

		@Override
		public void onRequestCompleted(String method, Duration duration, Throwable failure) {
			fail("onRequestCompleted");
		}

		@Override
		public void onTurnStarted(String threadId, String turnId, String model) {
			fail("onTurnStarted");
		}

		@Override
		public void onTurnCompleted(String threadId, TurnResult result) {
			fail("onTurnCompleted");
		}

		@Override
		public void onNotification(String method, JsonNode params) {
			fail("onNotification");
		}

	}

	/** Fake servers, one per (re)start of a supervised client; every one answers a thread and a turn. */
	private static final class Servers implements Supplier<Transport> {

		final List<FakeTransport> started = new CopyOnWriteArrayList<>();

		@Override
		public Transport get() {
			FakeTransport fake = FakeServer.withThreadAndTurn();
			fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
			fake.on("thread/read", (p) -> Reply.none());
			this.started.add(fake);
			return fake;
		}

		FakeTransport current() {
			return this.started.get(this.started.size() - 1);
		}

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

	private static Throwable rootCause(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

	private static TurnResult resultOf(TurnHandle turn) throws Exception {
		return turn.result().get(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS);
	}

	// ------------------------------------------------------------------ listeners

	@Test
	void aListenerThrowingAssertionErrorsNeverReachesTheReaderAndTheClientKeepsWorking() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		AssertingListener listener = new AssertingListener();
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("hi");
			fake.push(Wire.agentDelta("t1", "u1", "m1", "hel"), Wire.agentDelta("t1", "u1", "m1", "lo"),
					Wire.agentMessage("t1", "u1", "m1", "final_answer", "hello"), Wire.turnCompleted("t1", "u1"));

			assertThat(resultOf(turn).finalResponse()).isEqualTo("hello");
			assertThat(turn.partialText("m1")).isEqualTo("hello");
			// the reader thread survived every failing callback: the same connection still answers
			assertThat(codex.async().request("model/list", null).get(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS))
				.isNotNull();
			TurnHandle second = thread.turn("again");
			fake.push(Wire.agentMessage("t1", "u1", "m2", "final_answer", "again"), Wire.turnCompleted("t1", "u1"));
			assertThat(resultOf(second).finalResponse()).isEqualTo("again");
			assertThat(codex.isRunning()).isTrue();
			assertThat(codex.closedReason()).isEmpty();
			assertThat(fake.readerThread().isAlive()).isTrue();
			Awaitility.await()
				.atMost(PROMPTLY)
				.untilAsserted(() -> assertThat(listener.calls).contains("onProcessStarted", "onNotification",
						"onRequestCompleted", "onTurnStarted", "onTurnCompleted"));
		}
	}

	@Test
	void aListenerThrowingAssertionErrorsDoesNotStopSupervision() throws Exception {
		Servers servers = new Servers();
		AssertingListener listener = new AssertingListener();
		CodexConfig config = FakeServer.config().supervision(FAST_RESTARTS).listener(listener).build();
		try (Codex codex = Codex.create(config, servers)) {
			codex.start();
			CodexThread thread = codex.startThread();
			servers.current().simulateExit(137, List.of("boom"));

			Awaitility.await("restart").atMost(Duration.ofSeconds(5)).until(() -> servers.started.size() == 2
					&& codex.isRunning() && !codex.isRestarting());
			TurnHandle turn = thread.turn("after the restart");
			servers.current().push(Wire.agentMessage("t1", "u1", "m1", null, "fine"), Wire.turnCompleted("t1", "u1"));
			assertThat(resultOf(turn).finalResponse()).isEqualTo("fine");
			assertThat(listener.calls).contains("onProcessExited", "onRestartScheduled");
		}
	}

	// ------------------------------------------------------------------ an Error in the client's dispatch

	@Test
	void anErrorWhileDispatchingClosesTheConnectionWithAReasonAndFailsCallsInFlightAtOnce() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("thread/read", (p) -> Reply.none());
		List<String> exits = new CopyOnWriteArrayList<>();
		CodexConfig config = FakeServer.config()
			.requestTimeout(Duration.ofSeconds(30))
			.turnTimeout(Duration.ofSeconds(30))
			.listener(new CodexListener() {
				@Override
				public void onProcessExited(Integer exitCode, boolean expected) {
					exits.add(exitCode + "/" + expected);
				}
			})
			.build();
		try (Codex codex = Codex.start(config, fake)) {
			TurnHandle turn = codex.startThread().turn("big");
			Iterator<TurnEvent> events = turn.stream().iterator();
			CompletableFuture<JsonNode> inFlight = codex.async().request("thread/read", null);
			fake.awaitRequests("thread/read", 1);
			OutOfMemoryError oom = new OutOfMemoryError("Java heap space (injected)");
			FakeServer.failDispatch(codex, "u1", oom);

			long start = System.nanoTime();
			fake.push(Wire.agentDelta("t1", "u1", "m1", "a delta too large for the heap"));

			List<Throwable> failures = new ArrayList<>();
			failures.add(failureOf(inFlight));
			failures.add(failureOf(turn.result()));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
			for (Throwable failure : failures) {
				assertThat(failure).isInstanceOf(TransportClosedException.class)
					.hasMessageContaining("OutOfMemoryError")
					.satisfies((t) -> assertThat(rootCause(t)).isSameAs(oom));
			}
			assertThatThrownBy(events::hasNext).as("the stream ends with the failure")
				.isInstanceOf(TransportClosedException.class)
				.satisfies((t) -> assertThat(rootCause(t)).isSameAs(oom));
			assertThat(codex.isRunning()).isFalse();
			assertThat(codex.closedReason()).hasValueSatisfying((reason) -> assertThat(reason)
				.hasMessageContaining("failed while handling a message")
				.hasCauseReference(oom));
			// calls fail first, then the listeners hear of the exit (a slow listener never delays the failures)
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(exits).containsExactly("null/false"));
			assertThat(fake.closeCalls()).as("the transport (the child process) is closed").isPositive();
			// new calls fail at once with the same reason
			assertThat(failureOf(codex.async().request("thread/read", null))).isInstanceOf(
					TransportClosedException.class).satisfies((t) -> assertThat(rootCause(t)).isSameAs(oom));
		}
		assertThat(fake.closedNotifications()).isEqualTo(1);
	}

	@Test
	void anErrorWhileDispatchingIsHandledLikeACrashAndSupervisionRestarts() throws Exception {
		Servers servers = new Servers();
		List<String> scheduled = new CopyOnWriteArrayList<>();
		CodexConfig config = FakeServer.config()
			.requestTimeout(Duration.ofSeconds(30))
			.supervision(FAST_RESTARTS)
			.listener(new CodexListener() {
				@Override
				public void onRestartScheduled(int attempt, Duration delay, Throwable reason) {
					scheduled.add(attempt + ": " + reason.getMessage());
				}
			})
			.build();
		try (Codex codex = Codex.create(config, servers)) {
			codex.start();
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("big");
			CompletableFuture<JsonNode> inFlight = codex.async().request("thread/read", null);
			FakeTransport first = servers.current();
			first.awaitRequests("thread/read", 1);
			FakeServer.failDispatch(codex, "u1", new OutOfMemoryError("Java heap space (injected)"));

			first.push(Wire.agentDelta("t1", "u1", "m1", "a delta too large for the heap"));

			assertThat(failureOf(inFlight)).isInstanceOf(TransportClosedException.class)
				.hasMessageContaining("OutOfMemoryError");
			assertThat(failureOf(turn.result())).isInstanceOf(TransportClosedException.class);
			Awaitility.await("restart").atMost(Duration.ofSeconds(5)).until(() -> servers.started.size() == 2
					&& codex.isRunning() && !codex.isRestarting());
			assertThat(first.isClosed()).as("the old process is stopped").isTrue();
			assertThat(scheduled).singleElement().asString().startsWith("1: ").contains("OutOfMemoryError");
			// the thread resumes itself on the new process and its next turn works
			TurnHandle next = thread.turn("small");
			servers.current().push(Wire.agentMessage("t1", "u1", "m1", null, "fine"), Wire.turnCompleted("t1", "u1"));
			assertThat(resultOf(next).finalResponse()).isEqualTo("fine");
			assertThat(servers.current().requestCount("thread/resume")).isEqualTo(1);
			assertThat(codex.closedReason()).isEmpty();
		}
	}

	// ------------------------------------------------------------------ an Error while restarting

	@Test
	void anErrorWhileRestartingIsOneFailedAttemptAndTheNextAttemptRestarts() {
		Servers servers = new Servers();
		List<String> scheduled = new CopyOnWriteArrayList<>();
		AssertionError bug = new AssertionError("injected failure while starting the new process");
		Supplier<Transport> failingOnce = () -> {
			if (servers.started.size() == 1 && scheduled.size() == 1) {
				scheduled.add("threw");
				throw bug;
			}
			return servers.get();
		};
		CodexConfig config = FakeServer.config()
			.supervision(FAST_RESTARTS)
			.listener(new CodexListener() {
				@Override
				public void onRestartScheduled(int attempt, Duration delay, Throwable reason) {
					scheduled.add(attempt + ": " + reason);
				}
			})
			.build();
		try (Codex codex = Codex.create(config, failingOnce)) {
			codex.start();
			servers.current().simulateExit(1, List.of("boom"));

			Awaitility.await("restart after the failed attempt")
				.atMost(Duration.ofSeconds(5))
				.until(() -> servers.started.size() == 2 && codex.isRunning() && !codex.isRestarting());
			assertThat(scheduled).hasSize(3);
			assertThat(scheduled.get(1)).isEqualTo("threw");
			assertThat(scheduled.get(2)).startsWith("2: ").contains(bug.getMessage());
			assertThat(codex.request("model/list", null)).isNotNull();
		}
	}

}
