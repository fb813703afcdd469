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
 * A review runs as a child turn of the turn {@code review/start} names (its {@code turn/started} and
 * {@code turn/completed} carry the child's id and {@code rootTurnId}): the child's id is what interrupt, steer and the
 * turn timeout's interrupt must name, also when its {@code turn/started} comes before the answer is bound; and a
 * timed-out review's end, which names the child, ends the thread's wind-down.
 */
class ReviewChildTurnTest {

	private static String childTurn(String method, String childId, String status) {
		return Wire.notification(method, "{\"threadId\":\"t1\",\"turn\":{\"id\":\"" + childId
				+ "\",\"rootTurnId\":\"r1\",\"status\":\"" + status + "\",\"items\":[],\"error\":null}}");
	}

	private static dev.codexjava.protocol.generated.ReviewTarget uncommitted() {
		return new dev.codexjava.protocol.generated.ReviewTarget.UncommittedChanges(java.util.Map.of());
	}

	/**
	 * A review's child turn/started (id c1, rootTurnId r1) arrives before the review/start answer: it is held under
	 * the root, and the turn bound to r1 runs as c1: interrupt names c1. (It was held under c1, bind replays only what
	 * is held under r1, and interrupt, steer and the turn timeout's interrupt named r1, which the server does not run.)
	 */
	@Test
	void aReviewsChildTurnStartedBeforeTheAnswerIsNotLost() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("review/start", (p) -> Reply.result(Wire.turnResult("r1"))
			.pushFirst(childTurn("turn/started", "c1", "inProgress")));
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		assertTheInterruptNamesTheChild(FakeServer.config().build(), fake);
	}

	/**
	 * The same with the child's turn/started right AFTER the review/start answer: the answer comes inside the caller's
	 * send, the reader completes the request future before beginTurn attaches its handle(), so bind runs later on the
	 * caller's thread while the reader already held turn/started c1 — a plain race between the reader and the caller
	 * (a fast server, a caller descheduled right after writing its request), not an exotic server ordering.
	 */
	@Test
	void aReviewsChildTurnStartedRightAfterTheAnswerIsNotLost() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("review/start", (p) -> Reply.result(Wire.turnResult("r1"))
			.thenPush(childTurn("turn/started", "c1", "inProgress"), Wire.turnStarted("t9", "marker")));
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		java.util.concurrent.CountDownLatch routed = new java.util.concurrent.CountDownLatch(1);
		CodexListener listener = new CodexListener() {
			@Override
			public void onNotification(String method, tools.jackson.databind.JsonNode params) {
				// a line after the child's turn/started: the reader (sequential) has routed that one
				if ("turn/started".equals(method) && params.toString().contains("marker")) {
					routed.countDown();
				}
			}
		};
		// the caller's send returns only after the reader has taken the answer and the turn/started after it
		fake.holdSender("review/start", routed);
		assertTheInterruptNamesTheChild(FakeServer.config().listener(listener).build(), fake);
	}

	/** Starts a review of thread t1 and interrupts it: the interrupt must name c1. */
	private static void assertTheInterruptNamesTheChild(CodexConfig config, FakeTransport fake) throws Exception {
		try (Codex codex = Codex.start(config, fake)) {
			CodexThread thread = codex.resumeThread("t1");
			TurnHandle review = thread.review(uncommitted());
			fake.awaitIdle();
			review.interrupt();
			assertThat(fake.requestParams("turn/interrupt", 0).get("turnId").asString())
				.as("turn/interrupt must name the child turn the server runs").isEqualTo("c1");
		}
	}

	/**
	 * A review (root r1, running as child c1) times out: the wind-down waits for the end of r1, and the server ends the
	 * child c1 (its turn/completed names c1 and rootTurnId r1): that ends the wind-down, and the next turn starts at
	 * once. (The root was no longer registered, the end was not mapped back to it, and the next turn waited
	 * WIND_DOWN_WAIT, 10 s, although the server had ended the review.)
	 */
	@Test
	void theNextTurnAfterATimedOutReviewStartsOnceTheReviewEnded() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.on("review/start", (p) -> Reply.result(Wire.turnResult("r1")));
		fake.on("turn/interrupt",
				(p) -> Reply.result("{}").thenPush(childTurn("turn/completed", "c1", "interrupted")));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.turnCompleted("t1", "u2")));
		try (Codex codex = Codex.start(FakeServer.config().turnTimeout(Duration.ofMillis(300)).build(), fake)) {
			CodexThread thread = codex.resumeThread("t1");
			TurnHandle review = thread.review(uncommitted());
			// after bind, so the child id is known (see aReviewsChildTurnStartedBeforeTheAnswerIsNotLost)
			fake.push(childTurn("turn/started", "c1", "inProgress"));
			fake.awaitIdle();
			assertThatThrownBy(review::run).isInstanceOf(dev.codexjava.error.CodexTimeoutException.class);
			fake.awaitRequests("turn/interrupt", 1);
			fake.awaitIdle();
			assertThat(fake.requestParams("turn/interrupt", 0).get("turnId").asString()).isEqualTo("c1");
			long t0 = System.nanoTime();
			CompletableFuture<TurnResult> next = thread.runAsync("next");
			TurnResult r = next.get(15, TimeUnit.SECONDS);
			long ms = (System.nanoTime() - t0) / 1_000_000;
			assertThat(r.id()).isEqualTo("u2");
			assertThat(ms).as("next turn waited %d ms for a wind-down the server had already ended", ms)
				.isLessThan(3_000);
		}
	}

}
