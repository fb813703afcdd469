package dev.codexjava.client;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.CodexProtocolException;
import dev.codexjava.error.CodexRpcException;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Out-of-range, negative, fractional and mistyped numbers from the server never make a request or a turn wait for
 * its timeout: they are read leniently, and anything that still cannot be decoded fails or completes the request or
 * turn at once. Timeouts here are 20 s; every outcome must come within a few seconds.
 */
@Timeout(120)
class LenientNumbersTest {

	private static final Duration LONG_TIMEOUT = Duration.ofSeconds(20);

	private static final long FAST_MS = 5_000;

	private static final String HUGE_DIGITS = "1".repeat(1001);

	private static CodexConfig config() {
		return FakeServer.config().requestTimeout(LONG_TIMEOUT).turnTimeout(LONG_TIMEOUT).build();
	}

	/** A fake whose turn/start answers u1, u2, ... in turn. */
	private static FakeTransport fake() {
		FakeTransport fake = new FakeTransport();
		AtomicInteger turns = new AtomicInteger();
		fake.on("thread/start", (p) -> FakeTransport.Reply.result(Wire.threadResult("t1")));
		fake.on("turn/start", (p) -> FakeTransport.Reply.result(Wire.turnResult("u" + turns.incrementAndGet())));
		return fake;
	}

	@Test
	void turnCompletedWithDurationMs1e23CompletesTheTurnAtOnce() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(config(), fake)) {
			TurnHandle turn = codex.startThread().turn("x");
			long start = System.nanoTime();
			fake.push(Wire.notification("turn/completed", "{\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\","
					+ "\"status\":\"completed\",\"error\":null,\"startedAt\":1,\"completedAt\":2,\"durationMs\":1e23}}"));
			TurnResult result = FakeServer.tracker(turn).result().get(LONG_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(elapsedMs(start)).isLessThan(FAST_MS);
			assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
			assertThat(result.durationMs()).isNull();
			assertThat(result.startedAt()).isEqualTo(1L);
		}
	}

	@Test
	void errorCode99999999999FailsTheRequestAtOnce() {
		FakeTransport fake = fake();
		fake.on("fault/x", (p) -> FakeTransport.Reply.none());
		try (Codex codex = Codex.start(config(), fake)) {
			CompletableFuture<JsonNode> request = codex.async().request("fault/x", Map.of());
			fake.awaitRequests("fault/x", 1);
			long start = System.nanoTime();
			fake.push("{\"id\":" + fake.requests("fault/x").get(0).get("id")
					+ ",\"error\":{\"code\":99999999999,\"message\":\"boom\"}}");
			Throwable failure = failure(request);
			assertThat(elapsedMs(start)).isLessThan(FAST_MS);
			assertThat(failure).isInstanceOf(CodexRpcException.class).hasMessageContaining("boom");
			assertThat(((CodexRpcException) failure).code()).isEqualTo(-32000);
		}
	}

	/** Every numeric field the SDK reads, set to one odd value: the turn still completes at once, nothing throws. */
	@ParameterizedTest
	@ValueSource(strings = { "1e23", "-1e23", "1e300", "99999999999999999999999", "-99999999999", "9223372036854775807",
			"-5", "1.5", "-0.5", "\"12\"", "\"abc\"", "true", "{}", "[]", "null" })
	void oddValuesInNumericFieldsNeverBreakATurnOrARequest(String v) throws Exception {
		FakeTransport fake = fake();
		fake.on("fault/x", (p) -> FakeTransport.Reply.none());
		try (Codex codex = Codex.start(config(), fake)) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("x");
			long start = System.nanoTime();
			fake.push(Wire.notification("turn/started", "{\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\","
					+ "\"status\":\"inProgress\",\"startedAt\":" + v + ",\"durationMs\":" + v + "}}"),
					Wire.notification("item/completed", "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"item\":{"
							+ "\"type\":\"commandExecution\",\"id\":\"c1\",\"command\":\"ls\",\"status\":\"failed\","
							+ "\"exitCode\":" + v + ",\"durationMs\":" + v + "}}"),
					Wire.notification("thread/tokenUsage/updated", "{\"threadId\":\"t1\",\"turnId\":\"u1\","
							+ "\"tokenUsage\":{\"last\":" + counts(v) + ",\"total\":" + counts(v)
							+ ",\"modelContextWindow\":" + v + "}}"),
					Wire.notification("thread/tokenUsage/updated", "{\"threadId\":\"t1\",\"turnId\":\"u1\","
							+ "\"tokenUsage\":{\"last\":" + counts(v) + ",\"total\":" + counts(v) + "}}"),
					Wire.notification("error", "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"willRetry\":true,"
							+ "\"error\":{\"message\":\"retrying\",\"codexErrorInfo\":{\"httpConnectionFailed\":"
							+ "{\"httpStatusCode\":" + v + "}}}}"),
					Wire.agentMessage("t1", "u1", "m1", "final_answer", "done"),
					Wire.notification("turn/completed", "{\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\","
							+ "\"status\":\"failed\",\"error\":{\"message\":\"bad\",\"codexErrorInfo\":"
							+ "{\"responseStreamDisconnected\":{\"httpStatusCode\":" + v + "}}},\"startedAt\":" + v
							+ ",\"completedAt\":" + v + ",\"durationMs\":" + v + "}}"));
			TurnResult result = FakeServer.tracker(turn).result().get(LONG_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(elapsedMs(start)).isLessThan(FAST_MS);
			assertThat(result.status()).isEqualTo(TurnStatus.FAILED);
			assertThat(result.finalResponse()).isEqualTo("done");
			assertThat(result.error().message()).isEqualTo("bad");
			Integer status = result.error().codexErrorInfo().httpStatusCode();
			assertThat(status == null || (status >= Integer.MIN_VALUE && status <= Integer.MAX_VALUE)).isTrue();
			if (result.durationMs() != null) {
				assertThat(result.durationMs()).isNotNegative();
			}
			ThreadItem.CommandExecution command = (ThreadItem.CommandExecution) result.items().get(0);
			if (command.durationMs() != null) {
				assertThat(command.durationMs()).isNotNegative();
			}
			assertThat(result.usage().inputTokens()).isNotNegative();
			assertThat(result.usage().totalTokens()).isNotNegative();
			assertThat(result.usage().threadTotal().totalTokens()).isNotNegative();

			CompletableFuture<JsonNode> request = codex.async().request("fault/x", Map.of());
			fake.awaitRequests("fault/x", 1);
			long requestStart = System.nanoTime();
			fake.push("{\"id\":" + fake.requests("fault/x").get(0).get("id") + ",\"error\":{\"code\":" + v
					+ ",\"message\":\"odd code\"}}");
			assertThat(failure(request)).isInstanceOf(CodexRpcException.class).hasMessageContaining("odd code");
			assertThat(elapsedMs(requestStart)).isLessThan(FAST_MS);
			// the thread is free again
			assertThat(thread.turn("next").id()).isEqualTo("u2");
		}
		catch (AssertionError ex) {
			throw new AssertionError("value " + v + ": " + ex.getMessage(), ex);
		}
	}

	private static String counts(String v) {
		return "{\"inputTokens\":" + v + ",\"cachedInputTokens\":" + v + ",\"outputTokens\":" + v
				+ ",\"reasoningOutputTokens\":" + v + ",\"totalTokens\":" + v + "}";
	}

	// ------------------------------------------------------------------ lines beyond the parser's limits

	@Test
	void aResponseWithANumberBeyondTheParsersLimitFailsItsRequestAtOnce() {
		FakeTransport fake = fake();
		fake.on("fault/x", (p) -> FakeTransport.Reply.none());
		try (Codex codex = Codex.start(config(), fake)) {
			CompletableFuture<JsonNode> request = codex.async().request("fault/x", Map.of());
			fake.awaitRequests("fault/x", 1);
			long start = System.nanoTime();
			fake.push("{\"id\":" + fake.requests("fault/x").get(0).get("id") + ",\"result\":{\"n\":" + HUGE_DIGITS
					+ "}}");
			Throwable failure = failure(request);
			assertThat(elapsedMs(start)).isLessThan(FAST_MS);
			assertThat(failure).isInstanceOf(CodexProtocolException.class)
				.hasMessageContaining("fault/x")
				.hasMessageContaining("could not be read");
		}
	}

	@Test
	void aTurnCompletedBeyondTheParsersLimitCompletesTheTurnAtOnce() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(config(), fake)) {
			TurnHandle turn = codex.startThread().turn("x");
			long start = System.nanoTime();
			fake.push(Wire.agentMessage("t1", "u1", "m1", "final_answer", "so far"),
					"{\"method\":\"turn/completed\",\"params\":{\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\","
							+ "\"status\":\"completed\",\"durationMs\":" + HUGE_DIGITS + "}}}");
			TurnResult result = FakeServer.tracker(turn).result().get(LONG_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(elapsedMs(start)).isLessThan(FAST_MS);
			assertThat(result.status()).isEqualTo(TurnStatus.UNKNOWN);
			assertThat(result.finalResponse()).isEqualTo("so far");
			assertThat(result.error().message()).contains("could not be read");
		}
	}

	@Test
	void aServerRequestBeyondTheParsersLimitIsAnsweredWithAParseError() {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(config(), fake)) {
			fake.push("{\"id\":77,\"method\":\"item/commandExecution/requestApproval\",\"params\":{\"threadId\":\"t1\","
					+ "\"n\":" + HUGE_DIGITS + "}}");
			JsonNode error = fake.awaitReplyTo(77).get("error");
			assertThat(error.get("code").asInt()).isEqualTo(-32700);
		}
	}

	// ------------------------------------------------------------------ any decoding failure (forced)

	@Test
	void anEventThatCannotBeDecodedFailsTheTurnAtOnceAndInterruptsIt() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(config(), fake)) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("x");
			// forces a decoding failure inside the turn's state, whatever the cause would be
			replaceItems(FakeServer.tracker(turn), new ArrayList<>() {
				@Override
				public boolean add(ThreadItem item) {
					throw new IllegalStateException("forced decoding failure");
				}
			});
			long start = System.nanoTime();
			fake.push(Wire.agentMessage("t1", "u1", "m1", "final_answer", "x"));
			Throwable failure = failure(turn.result());
			assertThat(elapsedMs(start)).isLessThan(FAST_MS);
			assertThat(failure).isInstanceOf(CodexProtocolException.class)
				.hasMessageContaining("item/completed")
				.hasMessageContaining("u1");
			fake.awaitRequests("turn/interrupt", 1);
			assertThat(fake.requestParams("turn/interrupt", 0).get("turnId").asString()).isEqualTo("u1");
		}
	}

	@Test
	void aTurnCompletedThatCannotBeDecodedEndsTheTurnAtOnce() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(config(), fake)) {
			TurnHandle turn = codex.startThread().turn("x");
			replaceItems(FakeServer.tracker(turn), new ArrayList<>() {
				@Override
				public Iterator<ThreadItem> iterator() {
					throw new IllegalStateException("forced decoding failure");
				}

				@Override
				public Object[] toArray() {
					throw new IllegalStateException("forced decoding failure");
				}

				@Override
				public int size() {
					throw new IllegalStateException("forced decoding failure");
				}
			});
			long start = System.nanoTime();
			fake.push(Wire.turnCompleted("t1", "u1"));
			Throwable failure = failure(turn.result());
			assertThat(elapsedMs(start)).isLessThan(FAST_MS);
			assertThat(failure).isInstanceOf(CodexProtocolException.class).hasMessageContaining("turn/completed");
		}
	}

	private static void replaceItems(TurnTracker tracker, List<ThreadItem> items) throws ReflectiveOperationException {
		Field field = TurnTracker.class.getDeclaredField("items");
		field.setAccessible(true);
		field.set(tracker, items);
	}

	private static Throwable failure(CompletableFuture<?> future) {
		Throwable failure = catchThrowable(() -> future.get(LONG_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
		assertThat(failure).as("failed (not timed out)").isInstanceOf(ExecutionException.class);
		return ClientCore.unwrap(failure);
	}

	private static long elapsedMs(long startNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
	}

}
