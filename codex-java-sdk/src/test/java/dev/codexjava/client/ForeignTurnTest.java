package dev.codexjava.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Another client of the same app-server (another application instance) runs a turn on a thread this client holds:
 * the server reports it ({@code turn/started}, a {@code thread/resume} answer with an active thread), and this
 * client's turn is refused with {@link ThreadBusyException} instead of being merged into the other turn; when the
 * server merged it anyway (the other turn started while ours was being sent), the turn fails clearly.
 */
class ForeignTurnTest {

	private static final String ACTIVE_X2 = "{\"thread\":{\"id\":\"t1\",\"status\":{\"type\":\"active\"},"
			+ "\"ephemeral\":false,\"turns\":[{\"id\":\"x2\",\"status\":\"inProgress\"}]}}";

	private static FakeTransport fake() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1")).thenPush(Wire.turnCompleted("t1", "u1")));
		return fake;
	}

	@Test
	void aTurnStartedElsewhereIsReportedAndOursIsRefusedWithoutReachingTheServer() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			fake.push(Wire.turnStarted("t1", "x9"));
			fake.awaitIdle();

			assertThatThrownBy(() -> thread.turn("mine")).isInstanceOfSatisfying(ThreadBusyException.class, (ex) -> {
				assertThat(ex.threadId()).isEqualTo("t1");
				assertThat(ex.activeTurnId()).isEqualTo("x9");
				assertThat(ex.startedElsewhere()).isTrue();
				assertThat(ex).hasMessageContaining("started elsewhere");
			});
			assertThatThrownBy(() -> thread.startGoal("a goal")).isInstanceOf(ThreadBusyException.class);
			assertThat(fake.requestCount("turn/start")).as("nothing sent").isZero();
			assertThat(thread.isBusy()).as("no turn of this client").isFalse();

			fake.push(Wire.turnCompleted("t1", "x9"));
			fake.awaitIdle();
			assertThat(thread.run("mine").id()).isEqualTo("u1");
		}
	}

	/**
	 * The client records another client's turn before its listeners hear of {@code turn/started}: an application that
	 * reacts to it (here another thread, told by the listener, which waits meanwhile) finds the thread busy instead of
	 * sending a turn the server would merge into the other one.
	 */
	@Test
	void aTurnStartedElsewhereIsRecordedBeforeTheListenersHearOfIt() throws Exception {
		FakeTransport fake = fake();
		CountDownLatch seen = new CountDownLatch(1);
		CountDownLatch checked = new CountDownLatch(1);
		CodexListener listener = new CodexListener() {
			@Override
			public void onNotification(String method, JsonNode params) {
				if ("turn/started".equals(method)) {
					seen.countDown();
					try {
						checked.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
			}
		};
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			fake.push(Wire.turnStarted("t1", "x9"));
			assertThat(seen.await(5, TimeUnit.SECONDS)).isTrue();
			try {
				assertThatThrownBy(() -> thread.turn("mine")).isInstanceOfSatisfying(ThreadBusyException.class,
						(ex) -> assertThat(ex.startedElsewhere()).isTrue());
				assertThat(fake.requestCount("turn/start")).as("nothing sent").isZero();
			}
			finally {
				checked.countDown();
			}
		}
	}

	@Test
	void aThreadResumedWhileAnotherClientsTurnRunsIsBusyUntilItGoesIdle() throws Exception {
		FakeTransport fake = fake();
		fake.on("thread/resume", (p) -> Reply.result("{\"thread\":{\"id\":\"t1\",\"status\":{\"type\":\"active\"},"
				+ "\"ephemeral\":false,\"turns\":[{\"id\":\"x1\",\"status\":\"completed\"},"
				+ "{\"id\":\"x2\",\"status\":\"inProgress\"}]}}"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("mine")).isInstanceOfSatisfying(ThreadBusyException.class,
					(ex) -> assertThat(ex.activeTurnId()).isEqualTo("x2"));

			fake.notify("thread/status/changed", "{\"threadId\":\"t1\",\"status\":{\"type\":\"idle\"}}");
			fake.awaitIdle();
			assertThat(thread.run("mine").id()).isEqualTo("u1");
		}
	}

	/**
	 * The other client's turn ends right after the {@code thread/resume} answer reported it running: the server's
	 * {@code thread/status/changed} (idle) follows the answer at once, and the client's reader handles it before the
	 * application's thread (or a worker) gets the answer. The turn is recorded where the answer stands among the
	 * lines, so the status change after it ends it; recorded when the answer reached the waiting thread, it stayed
	 * recorded after the change and every later turn of this client on the thread was refused as busy.
	 */
	@Test
	void aTurnThatEndsRightAfterTheResumeAnswerReportedItDoesNotLeaveTheThreadBusy() throws Exception {
		FakeTransport fake = fake();
		fake.on("thread/resume", (p) -> Reply.result("{\"thread\":{\"id\":\"t1\",\"status\":{\"type\":\"active\"},"
				+ "\"ephemeral\":false,\"turns\":[{\"id\":\"x2\",\"status\":\"inProgress\"}]}}")
			.thenPush(Wire.notification("thread/status/changed",
					"{\"threadId\":\"t1\",\"status\":{\"type\":\"idle\"}}")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			for (int i = 0; i < 20; i++) {
				CodexThread thread = codex.resumeThread("t1");
				fake.awaitIdle();
				assertThat(thread.run("mine").id()).as("resume %d", i).isEqualTo("u1");
			}
		}
	}

	/**
	 * The other client's turn starts after our check but before our turn/start reaches the server: the server answers
	 * with the other turn's id (it added our input to that turn), whose user message is not ours. The turn fails with
	 * ThreadBusyException instead of waiting for, and reporting, someone else's turn as ours. A turn whose own events
	 * come before the answer stays ours ({@code ClientTurnTest.eventsArrivingBeforeTheTurnStartResponseAreNotLost}),
	 * also with its own user message among them.
	 */
	@Test
	void aTurnStartTheServerMergedIntoAnotherClientsTurnFailsClearly() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			// the other client's turn/started and its user message reach us while our turn/start is on its way
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("x9"))
				.pushFirst(Wire.turnStarted("t1", "x9"), Wire.theirUserMessage()));

			CompletableFuture<TurnHandle> merged = thread.turnAsync("mine");
			assertThat(merged).failsWithin(5, TimeUnit.SECONDS)
				.withThrowableThat()
				.havingRootCause()
				.isInstanceOfSatisfying(ThreadBusyException.class, (ex) -> {
					assertThat(ex.activeTurnId()).isEqualTo("x9");
					assertThat(ex.startedElsewhere()).isTrue();
					assertThat(ex).hasMessageContaining("added this turn's input to that turn");
				});
			assertThat(thread.isBusy()).isFalse();

			// the other turn still runs: the next turn is refused without reaching the server (which would merge it
			// again, answering x9 with no turn/started this time, and the client would take x9 for its own)
			assertThatThrownBy(() -> thread.run("again")).isInstanceOfSatisfying(ThreadBusyException.class, (ex) -> {
				assertThat(ex.activeTurnId()).isEqualTo("x9");
				assertThat(ex.startedElsewhere()).isTrue();
			});
			assertThat(fake.requestCount("turn/start")).isOne();

			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.turnCompleted("t1", "u2")));
			fake.push(Wire.turnCompleted("t1", "x9"));
			fake.awaitIdle();
			assertThat(thread.run("again").id()).isEqualTo("u2");
		}
	}

	/** The other client's turn ended before the merged answer was handled (its end came among the early events). */
	@Test
	void aMergedTurnWhoseEndCameBeforeTheAnswerLeavesTheThreadFree() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("x9"))
				.pushFirst(Wire.turnStarted("t1", "x9"), Wire.theirUserMessage(),
						Wire.turnCompleted("t1", "x9")));

			assertThat(thread.turnAsync("mine")).failsWithin(5, TimeUnit.SECONDS)
				.withThrowableThat()
				.havingRootCause()
				.isInstanceOf(ThreadBusyException.class);

			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.turnCompleted("t1", "u2")));
			assertThat(thread.run("again").id()).isEqualTo("u2");
		}
	}

	/**
	 * A turn recorded from an answer, whose end this connection did not hear (say it was not subscribed to the thread
	 * meanwhile): a later answer that says the thread is idle ends the record.
	 */
	@Test
	void aResumeAnswerThatSaysIdleEndsARecordedTurn() throws Exception {
		FakeTransport fake = fake();
		fake.once("thread/resume", (p) -> Reply.result(ACTIVE_X2));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread first = codex.resumeThread("t1");
			assertThatThrownBy(() -> first.run("mine")).isInstanceOf(ThreadBusyException.class);

			CodexThread again = codex.resumeThread("t1");
			assertThat(again.run("mine").id()).isEqualTo("u1");
		}
	}

	/** After {@code thread/unsubscribe} the end of another client's turn would go unheard: the record is dropped. */
	@Test
	void unsubscribingDropsTheRecordOfAnotherClientsTurn() throws Exception {
		FakeTransport fake = fake();
		fake.on("thread/resume", (p) -> Reply.result(ACTIVE_X2));
		fake.on("thread/unsubscribe", (p) -> Reply.result("{\"status\":\"unsubscribed\"}"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("mine")).isInstanceOf(ThreadBusyException.class);

			thread.unsubscribe();
			// (the fake still answers the turn; a real server would want the thread resumed first)
			assertThat(thread.run("mine").id()).isEqualTo("u1");
		}
	}

	@Test
	void ourOwnUserMessageBeforeTheAnswerIsNoMerge() throws Exception {
		FakeTransport fake = fake();
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1"))
			.pushFirst(Wire.turnStarted("t1", "u1"), Wire.notification("item/started",
					"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"item\":{\"type\":\"userMessage\",\"id\":\"i1\","
							+ "\"content\":[{\"type\":\"text\",\"text\":\"mine\",\"text_elements\":[]}]}}"))
			.thenPush(Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThat(codex.resumeThread("t1").run("mine").id()).isEqualTo("u1");
		}
	}

}
