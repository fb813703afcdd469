package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.protocol.model.ThreadInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class ClientRequestTest {

	private static final String BUSY = "Server overloaded; retry later.";

	private static Reply busy(JsonNode params) {
		return Reply.error(-32001, BUSY);
	}

	private static Reply thread(JsonNode params) {
		return Reply.result(Wire.threadResult("t1"));
	}

	// ------------------------------------------------------------------ automatic retry

	@Test
	void overloadedRequestsAreRetriedAutomatically() {
		FakeTransport fake = new FakeTransport();
		fake.once("thread/start", ClientRequestTest::busy, ClientRequestTest::busy);
		fake.on("thread/start", ClientRequestTest::thread);
		List<String> retries = new CopyOnWriteArrayList<>();
		CodexConfig config = FakeServer.config().listener(new CodexListener() {
			@Override
			public void onRetry(String method, int attempt, Duration delay, Throwable failure) {
				retries.add(method + "#" + attempt + ":" + failure.getClass().getSimpleName());
			}
		}).build();
		try (Codex codex = Codex.start(config, fake)) {
			CodexThread thread = codex.startThread();
			assertThat(thread.id()).isEqualTo("t1");
			assertThat(fake.requestCount("thread/start")).isEqualTo(3);
			assertThat(retries).containsExactly("thread/start#1:ServerBusyException",
					"thread/start#2:ServerBusyException");
		}
	}

	@Test
	void retriedRequestsResendTheSameParamsWithFreshIds() {
		FakeTransport fake = new FakeTransport();
		fake.once("thread/start", ClientRequestTest::busy);
		fake.on("thread/start", ClientRequestTest::thread);
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			codex.startThread(ThreadOptions.builder().model("gpt-x").build());
			List<JsonNode> requests = fake.requests("thread/start");
			assertThat(requests).hasSize(2);
			assertThat(requests.get(0).get("params")).isEqualTo(requests.get(1).get("params"));
			assertThat(requests.get(0).get("params").get("model").asString()).isEqualTo("gpt-x");
			assertThat(requests.get(0).get("id")).isNotEqualTo(requests.get(1).get("id"));
		}
	}

	@Test
	void withoutRetryPolicyTheCallerSeesServerBusyAfterOneRequest() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", ClientRequestTest::busy);
		try (Codex codex = Codex.start(FakeServer.config().retryPolicy(RetryPolicy.none()).build(), fake)) {
			assertThatThrownBy(codex::startThread).isInstanceOfSatisfying(ServerBusyException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo(-32001);
				assertThat(ex.rpcMessage()).isEqualTo(BUSY);
				assertThat(ex.method()).isEqualTo("thread/start");
			});
			assertThat(fake.requestCount("thread/start")).isEqualTo(1);
		}
	}

	@Test
	void retriesStopAfterMaxAttempts() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", ClientRequestTest::busy);
		RetryPolicy twice = FakeServer.FAST_RETRY.toBuilder().maxAttempts(2).build();
		try (Codex codex = Codex.start(FakeServer.config().retryPolicy(twice).build(), fake)) {
			assertThatThrownBy(codex::startThread).isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/start")).isEqualTo(2);
		}
	}

	@Test
	void withoutAutomaticRetrySendsOnlyOneRequest() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", ClientRequestTest::busy);
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThatThrownBy(() -> Retries.withoutAutomaticRetry(codex::startThread))
				.isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/start")).isEqualTo(1);
			assertThat(Retries.automaticRetrySuppressed()).as("suppression is scoped to the block").isFalse();

			assertThatThrownBy(codex::startThread).isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/start")).as("outside the block the policy applies again")
				.isEqualTo(1 + FakeServer.FAST_RETRY.maxAttempts());
		}
	}

	@Test
	void otherErrorsAreNotRetried() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.error(-32600, "thread not found: x"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThatThrownBy(() -> codex.resumeThread("x")).isInstanceOf(InvalidRequestException.class)
				.hasMessageContaining("thread not found: x");
			assertThat(fake.requestCount("thread/resume")).isEqualTo(1);
		}
	}

	// ------------------------------------------------------------------ timeouts

	@Test
	void unansweredRequestTimesOutAndTheClientStaysUsable() {
		FakeTransport fake = new FakeTransport();
		fake.once("thread/start", (p) -> Reply.none());
		fake.on("thread/start", ClientRequestTest::thread);
		Duration timeout = Duration.ofMillis(200);
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(timeout).build(), fake)) {
			long start = System.nanoTime();
			assertThatThrownBy(codex::startThread).isInstanceOfSatisfying(CodexTimeoutException.class,
					(ex) -> assertThat(ex.timeout()).isEqualTo(timeout))
				.hasMessageContaining("thread/start")
				.hasMessageContaining("200 ms");
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			assertThat(elapsed).isGreaterThanOrEqualTo(timeout).isLessThan(Duration.ofSeconds(3));

			assertThat(codex.startThread().id()).isEqualTo("t1");
			assertThat(codex.isRunning()).isTrue();
		}
	}

	@Test
	void lateResponseToATimedOutRequestIsIgnored() {
		FakeTransport fake = new FakeTransport();
		fake.once("thread/start", (p) -> Reply.none());
		fake.on("thread/start", ClientRequestTest::thread);
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(Duration.ofMillis(200)).build(), fake)) {
			assertThatThrownBy(codex::startThread).isInstanceOf(CodexTimeoutException.class);
			JsonNode lateId = fake.requests("thread/start").get(0).get("id");
			fake.push("{\"id\":" + lateId + ",\"result\":{\"thread\":{\"id\":\"late\"}}}");
			assertThat(codex.startThread().id()).isEqualTo("t1");
		}
	}

	// ------------------------------------------------------------------ malformed input

	@Test
	void malformedLinesAreSkippedAndTheNextResponseIsDelivered() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> Reply.result(Wire.threadResult("t1"))
			.pushFirst("not json", "[1,2]", "{\"foo\":1}", "null", "\"text\"", "{\"id\":99999,\"result\":{}}",
					"{\"method\":\"thread/status/changed\",\"params\":[1]}", "{\"id\":\"abc\",\"error\":{}}"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(Duration.ofSeconds(2)).build(), fake)) {
			assertThat(codex.startThread().id()).isEqualTo("t1");
			assertThat(codex.startThread().id()).as("still works afterwards").isEqualTo("t1");
		}
	}

	// ------------------------------------------------------------------ raw requests and paging

	record Echo(String value, int count) {
	}

	@Test
	void rawRequestsSendParamsAndMapResults() {
		FakeTransport fake = new FakeTransport();
		fake.on("custom/echo", (p) -> Reply.result("{\"value\":" + p.get("value") + ",\"count\":3,\"extra\":true}"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			Echo echo = codex.request("custom/echo", new Echo("hello", 1), Echo.class);
			assertThat(echo).isEqualTo(new Echo("hello", 3));
			assertThat(fake.requestParams("custom/echo", 0).get("count").asInt()).isEqualTo(1);
			assertThatThrownBy(() -> codex.request("x", List.of(1))).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("JSON object");
		}
	}

	@Test
	void listThreadsFetchesPagesLazilyWithTheCursor() {
		FakeTransport fake = new FakeTransport();
		fake.once("thread/list",
				(p) -> Reply.result("{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"nextCursor\":\"c1\"}"),
				(p) -> Reply.result("{\"data\":[{\"id\":\"c\"}],\"nextCursor\":null}"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThat(codex.listThreads().findFirst()).map(ThreadInfo::id).contains("a");
			assertThat(fake.requestCount("thread/list")).as("only the first page was needed").isEqualTo(1);
		}
		FakeTransport fake2 = new FakeTransport();
		fake2.once("thread/list",
				(p) -> Reply.result("{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"nextCursor\":\"c1\"}"),
				(p) -> Reply.result("{\"data\":[{\"id\":\"c\"}],\"nextCursor\":null}"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake2)) {
			assertThat(codex.listThreads().map(ThreadInfo::id).toList()).containsExactly("a", "b", "c");
			assertThat(fake2.requestParams("thread/list", 0).has("cursor")).isFalse();
			assertThat(fake2.requestParams("thread/list", 1).get("cursor").asString()).isEqualTo("c1");
		}
	}

	@Test
	void asyncFuturesCompleteOffTheReaderThread() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> Reply.none());
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CompletableFuture<Thread> completedOn = codex.async()
				.startThread()
				.thenApply((t) -> Thread.currentThread());
			fake.awaitRequests("thread/start", 1);
			JsonNode id = fake.requests("thread/start").get(0).get("id");
			fake.push("{\"id\":" + id + ",\"result\":" + Wire.threadResult("t1") + "}");
			Thread thread = completedOn.get(5, TimeUnit.SECONDS);
			assertThat(thread).isNotSameAs(fake.readerThread());
			assertThat(thread.getName()).contains("worker");
		}
	}


	// ------------------------------------------------------------------ async thread operations

	@Test
	void asyncThreadOperationsSendTheSameRequestsAsTheBlockingOnes() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1"))
			.thenPush(Wire.turnStarted("t1", "u1"),
					Wire.agentMessage("t1", "u1", "m1", "final_answer", "async answer"),
					Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();

			thread.setNameAsync("renamed").get(5, TimeUnit.SECONDS);
			assertThat(fake.requests("thread/name/set").get(0).get("params").get("name").asString())
				.isEqualTo("renamed");

			thread.compactAsync().get(5, TimeUnit.SECONDS);
			assertThat(fake.requests("thread/compact/start").get(0).get("params").get("threadId").asString())
				.isEqualTo("t1");

			TurnHandle handle = thread.turnAsync("hello async").get(5, TimeUnit.SECONDS);
			assertThat(handle.run().finalResponse()).isEqualTo("async answer");
			JsonNode input = fake.requests("turn/start").get(0).get("params").get("input").get(0);
			assertThat(input.get("text").asString()).isEqualTo("hello async");

			assertThat(thread.runAsync("again", TurnOptions.none()).get(5, TimeUnit.SECONDS).finalResponse())
				.isEqualTo("async answer");

			assertThatThrownBy(() -> thread.setNameAsync(" ")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("name");
			assertThatThrownBy(() -> thread.turnAsync(" ")).isInstanceOf(IllegalArgumentException.class);
		}
	}

}
