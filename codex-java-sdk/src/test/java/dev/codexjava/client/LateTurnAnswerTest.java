package dev.codexjava.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.TurnStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code turn/start} (or {@code review/start}) that timed out, answered after all: the turn the late answer names
 * runs on the server with nobody waiting for it, so the client interrupts it, and the thread's next turn waits for its
 * end (at most the wind-down's bound) instead of being refused as busy or merged into it. A turn the client has bound
 * to one of its own handles meanwhile is left to that handle. (Before, the late answer was dropped: the turn ran on,
 * and the thread refused every turn until it ended, or merged the next one into it.)
 */
class LateTurnAnswerTest {

	private static final Duration TIMEOUT = Duration.ofMillis(300);

	/** The late answer to the first {@code method} request, naming turn {@code turnId}. */
	private static void answerLate(FakeTransport fake, String method, String turnId) {
		JsonNode id = fake.requests(method).get(0).get("id");
		fake.push("{\"id\":" + Json.write(id) + ",\"result\":" + Wire.turnResult(turnId) + "}");
	}

	/**
	 * Runs {@code prompt} on another thread and returns once that thread blocks (held by a wind-down, or — wrongly —
	 * waiting for a turn it already sent) or is done.
	 */
	private static CompletableFuture<TurnResult> runUntilBlocked(CodexThread thread, String prompt) {
		AtomicReference<Thread> runner = new AtomicReference<>();
		CompletableFuture<TurnResult> result = CompletableFuture.supplyAsync(() -> {
			runner.set(Thread.currentThread());
			return thread.run(prompt);
		});
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> result.isDone() || (runner.get() != null
				&& (runner.get().getState() == Thread.State.TIMED_WAITING
						|| runner.get().getState() == Thread.State.WAITING)));
		return result;
	}

	/** Whether the end of turn {@code turnId} had been heard when the client sent its next turn/start. */
	private static final class EndBeforeNextStart implements CodexListener {

		private final String turnId;

		private final AtomicBoolean ended = new AtomicBoolean();

		final AtomicBoolean sentAfterTheEnd = new AtomicBoolean();

		EndBeforeNextStart(String turnId) {
			this.turnId = turnId;
		}

		@Override
		public void onNotification(String method, JsonNode params) {
			if ("turn/completed".equals(method) && params.toString().contains("\"" + this.turnId + "\"")) {
				this.ended.set(true);
			}
		}

		/** Answers the next turn/start (on the caller's thread, in its send) with turn {@code next}, noting the order. */
		FakeTransport.Responder nextStart(String next, String answer) {
			return (p) -> {
				this.sentAfterTheEnd.set(this.ended.get());
				return Reply.result(Wire.turnResult(next)).thenPush(
						Wire.agentMessage("t1", next, "m-" + next, null, answer), Wire.turnCompleted("t1", next));
			};
		}

	}

	private static FakeTransport resumable() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2"))
			.thenPush(Wire.agentMessage("t1", "u2", "m2", null, "second answer"), Wire.turnCompleted("t1", "u2")));
		return fake;
	}

	@Test
	void theTurnALateAnswerNamesIsInterruptedAndTheNextTurnRunsAfterItsEnd() throws Exception {
		FakeTransport fake = resumable();
		fake.once("turn/start", (p) -> Reply.none().pushFirst(Wire.turnStarted("t1", "u1")));
		fake.on("turn/interrupt",
				(p) -> Reply.result("{}").thenPush(Wire.turnCompleted("t1", "u1", "interrupted", "null")));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("first")).isInstanceOf(CodexTimeoutException.class);
			answerLate(fake, "turn/start", "u1");
			fake.awaitRequests("turn/interrupt", 1);
			assertThat(Json.text(fake.requestParams("turn/interrupt", 0), "threadId")).isEqualTo("t1");
			assertThat(Json.text(fake.requestParams("turn/interrupt", 0), "turnId")).isEqualTo("u1");
			assertThat(thread.run("second").finalResponse()).isEqualTo("second answer");
		}
	}

	/**
	 * The late answer comes before the turn's turn/started: the interrupt is sent at once, and the next turn is held
	 * until the turn's end (sent by the server after the interrupt): its turn/start is sent only once that end was
	 * heard. (Sent at once, it would have been merged into the running turn.)
	 */
	@Test
	void aLateAnswerBeforeTheTurnStartedHoldsTheNextTurnUntilTheInterruptedTurnEnds() throws Exception {
		FakeTransport fake = resumable();
		fake.once("turn/start", (p) -> Reply.none());
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		EndBeforeNextStart order = new EndBeforeNextStart("u1");
		fake.once("turn/start", order.nextStart("u2", "second answer"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).listener(order).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("first")).isInstanceOf(CodexTimeoutException.class);
			answerLate(fake, "turn/start", "u1");
			fake.awaitRequests("turn/interrupt", 1);
			fake.awaitIdle();
			CompletableFuture<TurnResult> second = runUntilBlocked(thread, "second");
			fake.push(Wire.turnStarted("t1", "u1"), Wire.turnCompleted("t1", "u1", "interrupted", "null"));
			assertThat(second.get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("second answer");
			assertThat(order.sentAfterTheEnd).as("the next turn/start was sent only after u1's end").isTrue();
		}
	}

	/** A review answered late: its child turn (whose turn/started came) is what the interrupt names. */
	@Test
	void aLateReviewAnswerInterruptsItsChildTurn() throws Exception {
		FakeTransport fake = resumable();
		fake.once("review/start", (p) -> Reply.none().pushFirst(Wire.notification("turn/started",
				"{\"threadId\":\"t1\",\"turn\":{\"id\":\"c1\",\"rootTurnId\":\"r1\",\"status\":\"inProgress\","
						+ "\"items\":[],\"error\":null}}")));
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.review(
					new dev.codexjava.protocol.generated.ReviewTarget.UncommittedChanges(java.util.Map.of())))
				.isInstanceOf(CodexTimeoutException.class);
			answerLate(fake, "review/start", "r1");
			fake.awaitRequests("turn/interrupt", 1);
			assertThat(Json.text(fake.requestParams("turn/interrupt", 0), "turnId")).isEqualTo("c1");
		}
	}

	/**
	 * The next turn/start was answered with the same turn (the server merged it into the turn the timed-out request
	 * started) and is bound to the caller's handle: the late answer naming that turn leaves it to the handle.
	 */
	@Test
	void aLateAnswerNamingATurnBoundToAHandleLeavesItAlone() throws Exception {
		FakeTransport fake = resumable();
		fake.once("turn/start", (p) -> Reply.none(), (p) -> Reply.result(Wire.turnResult("u1")));
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("first")).isInstanceOf(CodexTimeoutException.class);
			TurnHandle handle = thread.turn("second");
			answerLate(fake, "turn/start", "u1");
			fake.push(Wire.agentMessage("t1", "u1", "m1", null, "merged answer"), Wire.turnCompleted("t1", "u1"));
			assertThat(handle.run().finalResponse()).isEqualTo("merged answer");
			fake.awaitIdle();
			assertThat(fake.requestCount("turn/interrupt")).isZero();
		}
	}

	/**
	 * The late answer comes while the thread's next turn/start is on its way, and that next request is answered with
	 * the same turn (the server merged it into the turn the timed-out request started; answers come in order, so the
	 * late one comes first). The turn is the caller's now: it must not be interrupted by the client itself.
	 */
	@Test
	void aLateAnswerComingWhileTheNextTurnStartsDoesNotInterruptTheTurnThatTurnIsMergedInto() throws Exception {
		FakeTransport fake = resumable();
		fake.once("turn/start", (p) -> Reply.none(), (p) -> {
			JsonNode firstId = fake.requests("turn/start").get(0).get("id");
			return Reply.result(Wire.turnResult("u1"))
				.pushFirst("{\"id\":" + Json.write(firstId) + ",\"result\":" + Wire.turnResult("u1") + "}")
				.thenPush(Wire.agentMessage("t1", "u1", "m1", null, "merged answer"));
		});
		fake.on("turn/interrupt",
				(p) -> Reply.result("{}").thenPush(Wire.turnCompleted("t1", "u1", "interrupted", "null")));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("first")).isInstanceOf(CodexTimeoutException.class);
			TurnHandle handle = thread.turn("second");
			fake.awaitIdle();
			fake.push(Wire.turnCompleted("t1", "u1"));
			assertThat(handle.run().status()).as("the caller's turn, interrupted by the client itself")
				.isEqualTo(TurnStatus.COMPLETED);
			assertThat(fake.requestCount("turn/interrupt")).isZero();
		}
	}

	/**
	 * Another client's turn x9 started (its turn/started and user message came while our turn/start was on its way);
	 * our request timed out, and its late answer names x9: the server added our input to that turn. x9 is not ours to
	 * interrupt (a timely answer naming it fails as merged and leaves it running): the late answer must not interrupt
	 * it either.
	 */
	@Test
	void aLateAnswerNamingAnotherClientsTurnDoesNotInterruptIt() throws Exception {
		FakeTransport fake = resumable();
		fake.once("turn/start", (p) -> Reply.none().pushFirst(Wire.turnStarted("t1", "x9"),
				Wire.theirUserMessage()));
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("mine")).isInstanceOf(CodexTimeoutException.class);
			answerLate(fake, "turn/start", "x9");
			fake.awaitIdle();
			assertThat(fake.requestCount("turn/interrupt")).as("another client's turn interrupted").isZero();
		}
	}

	/**
	 * The late-answered turn u1 ended before its answer came (a server, or a relay, that sends it late); meanwhile the
	 * thread's next turn u2 ran into its turn timeout and is being interrupted (wound down). The late answer must not
	 * end u2's wind-down: the third turn is sent only once u2's end was heard (sent at once, the server would merge it
	 * into u2, or refuse it).
	 */
	@Test
	void aLateAnswerForAnEndedTurnDoesNotCutShortTheWindDownOfTheTurnAfterIt() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.once("turn/start", (p) -> Reply.none().pushFirst(Wire.turnStarted("t1", "u1")));
		fake.once("turn/start", (p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.turnStarted("t1", "u2")));
		// the interrupts are accepted; the ends come when the test pushes them (an ended turn's: an error)
		fake.on("turn/interrupt", (p) -> "u1".equals(Json.text(p, "turnId"))
				? Reply.error(-32600, "no active turn to interrupt") : Reply.result("{}"));
		EndBeforeNextStart order = new EndBeforeNextStart("u2");
		fake.once("turn/start", order.nextStart("u3", "third answer"));
		try (Codex codex = Codex.start(FakeServer.config()
			.requestTimeout(TIMEOUT)
			.turnTimeout(Duration.ofMillis(300))
			.listener(order)
			.build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("first")).isInstanceOf(CodexTimeoutException.class);
			fake.push(Wire.turnCompleted("t1", "u1"));
			fake.awaitIdle();
			assertThatThrownBy(() -> thread.run("second")).isInstanceOf(CodexTimeoutException.class);
			fake.awaitRequests("turn/interrupt", 1);
			answerLate(fake, "turn/start", "u1");
			fake.awaitRequests("turn/interrupt", 2);
			fake.awaitIdle();
			CompletableFuture<TurnResult> third = runUntilBlocked(thread, "third");
			fake.push(Wire.turnCompleted("t1", "u2", "interrupted", "null"));
			assertThat(third.get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("third answer");
			assertThat(order.sentAfterTheEnd).as("the third turn/start was sent only after u2's end").isTrue();
		}
	}

	/** The late answer comes while the next turn/start waits for its answer, which then fails: the turn is interrupted. */
	@Test
	void aLateAnswerComingWhileTheNextTurnStartFailsStillInterruptsItsTurn() throws Exception {
		FakeTransport fake = resumable();
		fake.once("turn/start", (p) -> Reply.none(), (p) -> {
			JsonNode firstId = fake.requests("turn/start").get(0).get("id");
			return Reply.error(-32603, "boom")
				.pushFirst("{\"id\":" + Json.write(firstId) + ",\"result\":" + Wire.turnResult("u1") + "}");
		});
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("first")).isInstanceOf(CodexTimeoutException.class);
			assertThatThrownBy(() -> thread.run("second")).isNotInstanceOf(CodexTimeoutException.class);
			fake.awaitRequests("turn/interrupt", 1);
			assertThat(Json.text(fake.requestParams("turn/interrupt", 0), "turnId")).isEqualTo("u1");
		}
	}

	/**
	 * As {@link #aLateAnswerNamingAnotherClientsTurnDoesNotInterruptIt}, the other client's turn/started and user
	 * message coming after our request timed out (before its late answer).
	 */
	@Test
	void aLateAnswerNamingAnotherClientsTurnHeardAfterTheTimeoutDoesNotInterruptIt() throws Exception {
		FakeTransport fake = resumable();
		fake.once("turn/start", (p) -> Reply.none());
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("mine")).isInstanceOf(CodexTimeoutException.class);
			fake.push(Wire.turnStarted("t1", "x9"),
					Wire.theirUserMessage());
			answerLate(fake, "turn/start", "x9");
			fake.awaitIdle();
			assertThat(fake.requestCount("turn/interrupt")).as("another client's turn interrupted").isZero();
		}
	}

	/**
	 * Two turn/starts timed out (the server was stalled) and are answered late with the same turn (it merged the second
	 * into the first's). A turn started between the two late answers waits for the turn's end: the second late answer
	 * must not release it early (it would be sent while the turn runs, and merged into it).
	 */
	@Test
	void aSecondLateAnswerNamingTheSameTurnDoesNotReleaseTheTurnWaitingForItsEnd() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.once("turn/start", (p) -> Reply.none(), (p) -> Reply.none());
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		EndBeforeNextStart order = new EndBeforeNextStart("u1");
		fake.once("turn/start", order.nextStart("u3", "third answer"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).listener(order).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			assertThatThrownBy(() -> thread.run("first")).isInstanceOf(CodexTimeoutException.class);
			assertThatThrownBy(() -> thread.run("second")).isInstanceOf(CodexTimeoutException.class);
			answerLate(fake, "turn/start", "u1");
			fake.awaitRequests("turn/interrupt", 1);
			fake.awaitIdle();
			CompletableFuture<TurnResult> third = runUntilBlocked(thread, "third");
			JsonNode secondId = fake.requests("turn/start").get(1).get("id");
			fake.push("{\"id\":" + Json.write(secondId) + ",\"result\":" + Wire.turnResult("u1") + "}");
			fake.awaitIdle();
			fake.push(Wire.turnStarted("t1", "u1"), Wire.turnCompleted("t1", "u1", "interrupted", "null"));
			assertThat(third.get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("third answer");
			assertThat(order.sentAfterTheEnd).as("the third turn/start was sent only after u1's end").isTrue();
		}
	}

}
