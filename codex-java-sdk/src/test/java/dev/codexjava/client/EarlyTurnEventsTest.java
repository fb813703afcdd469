package dev.codexjava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.codexjava.client.FakeTransport.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The events of a thread that come while a {@code turn/start} of this client waits for its answer: held, then handed
 * to the turn the answer names. When the start fails instead, a turn those events show running (another client's, or
 * the one the server started for a request whose answer never came) is recorded, so that the next turn is refused
 * instead of being merged into it; and however many come, the turn's end is never dropped.
 */
class EarlyTurnEventsTest {

	/**
	 * Another client's turn x9 starts on t1 while our turn/start is in flight; our turn/start then fails (an error
	 * answer). x9's turn/started, held among the start's early events, is recorded as another client's turn, so the
	 * next turn is refused. (It was dropped with the held events: the next turn was sent, merged by the server into x9,
	 * and the client returned the other client's turn as its own result.)
	 */
	@Test
	void aForeignTurnThatStartedWhileAFailedTurnStartWasInFlightIsNotForgotten() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.once("turn/start", (p) -> Reply.error(-32603, "internal error")
			.pushFirst(Wire.turnStarted("t1", "x9"), Wire.theirUserMessage()));
		// what the server does with a turn/start while x9 runs: merges the input into x9
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("x9"))
			.thenPush(Wire.agentMessage("t1", "x9", "m9", null, "their answer"), Wire.turnCompleted("t1", "x9")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("mine")).isNotInstanceOf(ThreadBusyException.class);
			fake.awaitIdle();
			assertThatThrownBy(() -> {
				TurnResult r = thread.run("mine again");
				throw new AssertionError("second turn returned turn " + r.id() + " with final response '"
						+ r.finalResponse() + "' (another client's turn x9, merged)");
			}).isInstanceOf(ThreadBusyException.class);
		}
	}

	/**
	 * turn/start's request timeout fires after the server started the turn (turn/started u1 arrived, the answer did
	 * not): the call fails, and u1 is remembered running, so the next turn is refused until it ends. (It was
	 * forgotten: the next turn/start was merged by the server into u1, and the old turn's output came back as the new
	 * turn's.)
	 */
	@Test
	void aTurnStartThatTimesOutAfterTheServerStartedTheTurnLeavesItRunningUnseen() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.once("turn/start", (p) -> Reply.none().pushFirst(Wire.turnStarted("t1", "u1")));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1"))
			.thenPush(Wire.agentMessage("t1", "u1", "m1", null, "answer to the FIRST prompt"),
					Wire.turnCompleted("t1", "u1")));
		fake.on("turn/interrupt",
				(p) -> Reply.result("{}").thenPush(Wire.turnCompleted("t1", "u1", "interrupted", null)));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(Duration.ofMillis(300)).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("first"))
				.isInstanceOf(dev.codexjava.error.CodexTimeoutException.class);
			fake.awaitIdle();
			boolean refused = false;
			TurnResult second = null;
			try {
				second = thread.run("second");
			}
			catch (ThreadBusyException ex) {
				refused = true;
			}
			assertThat(refused || fake.requestCount("turn/interrupt") > 0)
				.as("server turn u1 (turn/started seen) neither interrupted nor recorded; "
						+ "second run returned turn %s: '%s'",
						(second != null) ? second.id() : null, (second != null) ? second.finalResponse() : null)
				.isTrue();
		}
	}

	/**
	 * More than MAX_EARLY_EVENTS (10,000) events of the turn arrive before the turn/start answer: past the cap deltas
	 * are dropped, but the item and the turn's end are kept, and the turn ends. (The cap dropped everything after it,
	 * turn/completed too: with no turn timeout, the default, the turn never ended and the thread stayed busy.)
	 */
	@Test
	void aTurnWhoseEndIsBeyondTheEarlyEventCapStillEnds() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		List<String> early = new ArrayList<>();
		early.add(Wire.turnStarted("t1", "u1"));
		for (int i = 0; i < 10_000; i++) {
			early.add(Wire.agentDelta("t1", "u1", "m1", "x"));
		}
		early.add(Wire.agentMessage("t1", "u1", "m1", null, "done"));
		early.add(Wire.turnCompleted("t1", "u1"));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1")).pushFirst(early.toArray(new String[0])));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			CompletableFuture<TurnResult> result = thread.runAsync("go");
			fake.awaitIdle();
			try {
				assertThat(result.get(10, TimeUnit.SECONDS).id()).isEqualTo("u1");
			}
			catch (java.util.concurrent.TimeoutException ex) {
				throw new AssertionError("turn u1 never ended (its turn/completed was dropped as early event #"
						+ (early.size()) + "); thread busy: " + thread.isBusy(), ex);
			}
		}
	}

}
