package dev.codexjava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "One turn at a time per thread" holds per thread id within a client, not per {@link CodexThread} object: two objects
 * for the same thread ({@code resumeThread(id)} twice) cannot run turns at once, which the server would merge.
 */
class ThreadTurnsTest {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static FakeTransport fake() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1")));
		return fake;
	}

	@Test
	void aSecondObjectOfTheSameThreadIsRefusedWhileTheFirstRunsATurn() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread first = codex.resumeThread("t1");
			CodexThread second = codex.resumeThread("t1");
			assertThat(second).isNotSameAs(first);
			TurnHandle running = first.turn("first");

			assertThat(second.isBusy()).isTrue();
			assertThatThrownBy(() -> second.turn("second")).isInstanceOfSatisfying(ThreadBusyException.class, (ex) -> {
				assertThat(ex.threadId()).isEqualTo("t1");
				assertThat(ex.activeTurnId()).isEqualTo("u1");
			});
			assertThatThrownBy(() -> second.runAsync("second")).isInstanceOf(ThreadBusyException.class);
			assertThatThrownBy(() -> second.startGoal("a goal")).isInstanceOf(ThreadBusyException.class);
			assertThat(fake.requestCount("turn/start")).as("refused without asking the server").isEqualTo(1);
			assertThat(fake.requestCount("thread/goal/set")).isZero();

			fake.push(Wire.agentMessage("t1", "u1", "m1", "final_answer", "first answer"),
					Wire.turnCompleted("t1", "u1"));
			assertThat(running.result().get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("first answer");
			assertThat(second.isBusy()).isFalse();
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2"))
				.thenPush(Wire.agentMessage("t1", "u2", "m2", "final_answer", "second answer"),
						Wire.turnCompleted("t1", "u2")));
			assertThat(second.run("second").finalResponse()).isEqualTo("second answer");
			assertThat(first.isBusy()).isFalse();
		}
	}

	/** Both objects start a turn at the same moment (released together by a latch): exactly one gets the thread. */
	@Test
	void twoObjectsStartingATurnAtOnceGetOneTurnAndOneThreadBusyException() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			List<CodexThread> objects = List.of(codex.resumeThread("t1"), codex.resumeThread("t1"));
			CountDownLatch ready = new CountDownLatch(2);
			CountDownLatch go = new CountDownLatch(1);
			List<CompletableFuture<TurnHandle>> outcomes = new ArrayList<>();
			ExecutorService callers = Executors.newFixedThreadPool(2);
			try {
				for (CodexThread object : objects) {
					outcomes.add(CompletableFuture.supplyAsync(() -> {
						ready.countDown();
						await(go);
						return object.turn("at once");
					}, callers));
				}
				assertThat(ready.await(5, TimeUnit.SECONDS)).isTrue();
				go.countDown();
				CompletableFuture.allOf(outcomes.toArray(new CompletableFuture<?>[0]))
					.handle((v, ex) -> null)
					.get(5, TimeUnit.SECONDS);
			}
			finally {
				callers.shutdownNow();
			}

			int started = 0;
			int busy = 0;
			for (CompletableFuture<TurnHandle> outcome : outcomes) {
				try {
					assertThat(outcome.get(5, TimeUnit.SECONDS).id()).isEqualTo("u1");
					started++;
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(ThreadBusyException.class);
					busy++;
				}
			}
			assertThat(started).isEqualTo(1);
			assertThat(busy).isEqualTo(1);
			assertThat(fake.requestCount("turn/start")).isEqualTo(1);
		}
	}

	/**
	 * After a turn of one object timed out, a turn of another object of the same thread waits for the server to end
	 * the old turn (the wind-down is keyed by thread id too), then runs.
	 */
	@Test
	void anotherObjectWaitsForTheWindDownOfATimedOutTurnThenRuns() throws Exception {
		FakeTransport fake = fake();
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(FakeServer.config().turnTimeout(Duration.ofMillis(300)).build(), fake)) {
			CodexThread first = codex.resumeThread("t1");
			CodexThread second = codex.resumeThread("t1");
			assertThatThrownBy(() -> first.run("x")).isInstanceOf(CodexTimeoutException.class);
			fake.awaitRequests("turn/interrupt", 1);
			assertThat(second.isBusy()).as("the timed-out turn released the thread").isFalse();
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.turnCompleted("t1", "u2")));

			CompletableFuture<TurnResult> next = second.runAsync("y");
			assertThat(next).as("waits for the old turn's end").isNotDone();
			assertThat(fake.requestCount("turn/start")).isEqualTo(1);
			fake.push(Wire.turnCompleted("t1", "u1", "interrupted", null));
			assertThat(next.get(10, TimeUnit.SECONDS).id()).isEqualTo("u2");
			Awaitility.await().atMost(WAIT).until(() -> !first.isBusy() && !second.isBusy());
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(5, TimeUnit.SECONDS)) {
				throw new IllegalStateException("latch not released");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
