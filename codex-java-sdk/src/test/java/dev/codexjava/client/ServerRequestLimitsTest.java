package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server requests run on a bounded pool, get the safe answer at their deadline (counted from arrival, also for
 * requests still queued), are answered exactly once, and are answered even when the handler throws an {@link Error}.
 */
@Timeout(60)
class ServerRequestLimitsTest {

	private static final String APPROVAL = "item/commandExecution/requestApproval";

	/** A handler that blocks every call until released, and records the threads it ran on. */
	private static final class SlowHandler implements ApprovalHandler {

		final CountDownLatch release = new CountDownLatch(1);

		final Set<String> threads = ConcurrentHashMap.newKeySet();

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger peak = new AtomicInteger();

		final AtomicInteger calls = new AtomicInteger();

		final AtomicInteger returned = new AtomicInteger();

		private <T> T block(T answer) {
			this.calls.incrementAndGet();
			this.threads.add(Thread.currentThread().getName());
			this.peak.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.running.decrementAndGet();
				this.returned.incrementAndGet();
			}
			return answer;
		}

		@Override
		public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
			return block(ApprovalDecision.ACCEPT);
		}

		@Override
		public ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
			return block(ApprovalDecision.ACCEPT);
		}

		@Override
		public JsonNode onPermissions(ServerRequest request) {
			return block(Json.parse("{\"permissions\":{\"network\":{\"enabled\":true}}}"));
		}

		@Override
		public Map<String, List<String>> onUserInput(ServerRequest request) {
			return block(Map.of("q1", List.of("yes")));
		}

		@Override
		public JsonNode onElicitation(ServerRequest request) {
			return block(Json.parse("{\"action\":\"accept\",\"content\":{}}"));
		}

		@Override
		public JsonNode onOtherRequest(ServerRequest request) {
			return block(Json.parse("{\"contentItems\":[],\"success\":true}"));
		}

	}

	/** Records timeouts and decisions. */
	private static final class Recorder implements CodexListener {

		final List<String> timedOut = new CopyOnWriteArrayList<>();

		final List<String> decided = new CopyOnWriteArrayList<>();

		final List<Boolean> decidedTimedOut = new CopyOnWriteArrayList<>();

		@Override
		public void onApprovalTimedOut(String method, String threadId, Duration timeout, String decision) {
			this.timedOut.add(method + "/" + threadId + "/" + timeout.toMillis() + "/" + decision);
		}

		@Override
		public void onApprovalDecided(String method, String threadId, String decision) {
			this.decided.add(method + "/" + decision);
		}

		@Override
		public void onApprovalDecided(String method, String threadId, String decision, boolean timedOut) {
			this.decidedTimedOut.add(timedOut);
			CodexListener.super.onApprovalDecided(method, threadId, decision, timedOut);
		}

	}

	@Test
	void fiveHundredRequestsWithASlowHandlerUseAtMostTheBoundedThreadsAndAreAllDeclinedAtTheDeadline() {
		FakeTransport fake = new FakeTransport();
		SlowHandler handler = new SlowHandler();
		Recorder recorder = new Recorder();
		int before = Thread.activeCount();
		try (Codex codex = Codex.start(FakeServer.config()
			.approvalHandler(handler)
			.approvalThreads(4)
			.approvalTimeout(Duration.ofMillis(800))
			.listener(recorder)
			.build(), fake)) {
			long start = System.nanoTime();
			for (int i = 0; i < 500; i++) {
				fake.serverRequest(i, APPROVAL, "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"c" + i + "\"}");
			}
			Awaitility.await("all 500 answered")
				.atMost(Duration.ofSeconds(20))
				.until(() -> fake.sent().stream().filter((m) -> !m.has("method")).count() >= 500);
			long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			int liveThreads = Thread.activeCount() - before;

			assertThat(elapsedMs).as("every request answered about one deadline after its arrival").isLessThan(10_000);
			for (int i = 0; i < 500; i++) {
				assertThat(fake.replyTo(i).orElseThrow().get("result"))
					.isEqualTo(Json.parse("{\"decision\":\"decline\"}"));
			}
			assertThat(handler.peak.get()).as("handlers running at once").isLessThanOrEqualTo(4);
			assertThat(handler.threads).as("distinct handler threads").hasSizeLessThanOrEqualTo(4);
			assertThat(codex.core().serverRequests().largestThreads()).isLessThanOrEqualTo(4);
			assertThat(liveThreads).as("threads added while 500 requests were pending").isLessThan(20);
			// only the requests that reached a thread were handed to the handler; the queued ones were declined
			assertThat(handler.calls.get()).isLessThanOrEqualTo(4);
			// the listeners hear of a timeout after its answer was sent
			Awaitility.await("listeners told of 500 timeouts")
				.atMost(Duration.ofSeconds(10))
				.until(() -> recorder.timedOut.size() >= 500 && recorder.decided.size() >= 500);
			assertThat(recorder.timedOut).hasSize(500)
				.allMatch((s) -> s.equals(APPROVAL + "/t1/800/decline"));

			// the blocked handlers answer late: nothing more reaches the server
			handler.release.countDown();
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> codex.core().serverRequests().isIdle());
			assertThat(handler.returned.get()).isEqualTo(handler.calls.get());
			assertThat(fake.sent().stream().filter((m) -> !m.has("method")).count()).as("answers sent").isEqualTo(500);
			assertThat(recorder.decided).hasSize(500).allMatch((s) -> s.equals(APPROVAL + "/decline"));
		}
		finally {
			handler.release.countDown();
		}
	}

	@Test
	void queuedRequestsAreAnsweredAtTheirOwnDeadlineCountedFromArrivalNotFromWhenAThreadFreesUp() {
		FakeTransport fake = new FakeTransport();
		SlowHandler handler = new SlowHandler();
		try (Codex codex = Codex.start(FakeServer.config()
			.approvalHandler(handler)
			.approvalThreads(1)
			.approvalTimeout(Duration.ofSeconds(1))
			.build(), fake)) {
			long start = System.nanoTime();
			for (int i = 0; i < 3; i++) {
				fake.serverRequest(i, "item/fileChange/requestApproval", "{\"threadId\":\"t1\"}");
			}
			for (int i = 0; i < 3; i++) {
				assertThat(fake.awaitReplyTo(i).get("result").get("decision").asString()).isEqualTo("decline");
			}
			// one thread, three blocked requests: serial deadlines would take 3 s (the margin of 1.5 s over one
			// deadline is for a loaded machine)
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2500);
			assertThat(handler.calls.get()).as("queued requests past their deadline skip the handler").isEqualTo(1);
		}
		finally {
			handler.release.countDown();
		}
	}

	@Test
	void eachKindGetsItsSafeAnswerAtTheDeadlineAndALateHandlerAnswerIsDropped() {
		FakeTransport fake = new FakeTransport();
		SlowHandler handler = new SlowHandler();
		Recorder recorder = new Recorder();
		try (Codex codex = Codex.start(FakeServer.config()
			.approvalHandler(handler)
			.approvalTimeout(Duration.ofMillis(300))
			.listener(recorder)
			.build(), fake)) {
			fake.serverRequest(1, "item/permissions/requestApproval",
					"{\"threadId\":\"t1\",\"permissions\":{\"network\":{\"enabled\":true}}}");
			fake.serverRequest(2, "item/tool/requestUserInput", "{\"threadId\":\"t1\",\"questions\":[]}");
			fake.serverRequest(3, "mcpServer/elicitation/request", "{\"threadId\":\"t1\",\"message\":\"Name?\"}");
			fake.serverRequest(4, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"x\"}");
			fake.serverRequest(5, APPROVAL, "{\"threadId\":\"t1\"}");

			assertThat(fake.awaitReplyTo(1).get("result")).isEqualTo(Json.parse("{\"permissions\":{}}"));
			assertThat(fake.awaitReplyTo(2).get("result")).isEqualTo(Json.parse("{\"answers\":{}}"));
			assertThat(fake.awaitReplyTo(3).get("result")).isEqualTo(Json.parse("{\"action\":\"cancel\"}"));
			JsonNode error = fake.awaitReplyTo(4).get("error");
			assertThat(error.get("code").asInt()).isEqualTo(-32603);
			assertThat(error.get("message").asString()).contains("did not answer within 300 ms");
			assertThat(fake.awaitReplyTo(5).get("result").get("decision").asString()).isEqualTo("decline");
			// the listeners hear of a timeout after its answer was sent (onApprovalTimedOut, then onApprovalDecided)
			Awaitility.await()
				.atMost(Duration.ofSeconds(5))
				.until(() -> recorder.timedOut.size() >= 5 && recorder.decided.size() >= 5);
			assertThat(recorder.timedOut).containsExactlyInAnyOrder(
					"item/permissions/requestApproval/t1/300/denied", "item/tool/requestUserInput/t1/300/unanswered",
					"mcpServer/elicitation/request/t1/300/cancel", "item/tool/call/t1/300/error",
					APPROVAL + "/t1/300/decline");

			handler.release.countDown();
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> handler.returned.get() == 5);
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> codex.core().serverRequests().isIdle());
			// exactly one answer each: the handlers' accept/grant/answers were dropped
			assertThat(fake.sent().stream().filter((m) -> !m.has("method")).count()).isEqualTo(5);
			assertThat(recorder.decided).hasSize(5);
			assertThat(recorder.decidedTimedOut).as("each reported as answered at the deadline").hasSize(5)
				.containsOnly(true);
		}
		finally {
			handler.release.countDown();
		}
	}

	@Test
	void aHandlerThatAnswersInTimeCancelsTheDeadline() {
		FakeTransport fake = new FakeTransport();
		Recorder recorder = new Recorder();
		try (Codex codex = Codex.start(FakeServer.config()
			.approvalHandler(ApprovalHandler.acceptCommandsAndFileChanges())
			.approvalTimeout(Duration.ofMinutes(5))
			.listener(recorder)
			.build(), fake)) {
			fake.serverRequest(1, APPROVAL, "{\"threadId\":\"t1\"}");
			assertThat(fake.awaitReplyTo(1).get("result").get("decision").asString()).isEqualTo("accept");
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> codex.core().pendingTimers() == 0);
			assertThat(recorder.timedOut).isEmpty();
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> recorder.decided.size() == 1);
			assertThat(recorder.decidedTimedOut).containsExactly(false);
		}
	}

	@Test
	void aHandlerThatThrowsAnErrorStillGetsAnAnswerSent() {
		FakeTransport fake = new FakeTransport();
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				throw new AssertionError("handler bug");
			}

			@Override
			public JsonNode onElicitation(ServerRequest request) {
				throw new StackOverflowError();
			}

			@Override
			public ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
				throw new IllegalStateException("an exception");
			}
		};
		try (Codex codex = Codex.start(FakeServer.config().approvalHandler(handler).build(), fake)) {
			fake.serverRequest(1, APPROVAL, "{\"threadId\":\"t1\"}");
			fake.serverRequest(2, "mcpServer/elicitation/request", "{\"threadId\":\"t1\"}");
			fake.serverRequest(3, "item/fileChange/requestApproval", "{\"threadId\":\"t1\"}");
			for (int id = 1; id <= 3; id++) {
				JsonNode error = fake.awaitReplyTo(id).get("error");
				assertThat(error.get("code").asInt()).isEqualTo(-32603);
				assertThat(error.get("message").asString()).startsWith("client handler failed: ")
					.doesNotContain("handler bug");
			}
			// the pool survived
			fake.serverRequest(4, "item/permissions/requestApproval", "{\"threadId\":\"t1\"}");
			assertThat(fake.awaitReplyTo(4).get("result")).isEqualTo(Json.parse("{\"permissions\":{}}"));
		}
	}

	@Test
	void closeStopsTheHandlerThreads() throws Exception {
		FakeTransport fake = new FakeTransport();
		SlowHandler handler = new SlowHandler();
		Codex codex = Codex.start(FakeServer.config().approvalHandler(handler).approvalThreads(3).build(), fake);
		try {
			for (int i = 0; i < 3; i++) {
				fake.serverRequest(i, APPROVAL, "{\"threadId\":\"t1\"}");
			}
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> handler.running.get() == 3);
		}
		finally {
			codex.close();
		}
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> codex.core().serverRequests().threads() == 0);
		assertThat(handler.running.get()).isZero();
	}

}
