package dev.codexjava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.ModelUnreachableException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.TurnStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app-server's reports that it cannot reach the model ({@code error} with {@code willRetry: true} and a
 * connection failure without HTTP status, as codex 0.169.0/0.171.0 send them for a closed port or an unresolvable
 * host) fail the turn with {@link ModelUnreachableException} after {@code modelUnreachableTimeout}, and the client
 * interrupts the server's turn. Other errors do not.
 */
@Timeout(30)
class ModelUnreachableTest {

	private static final Duration WAIT = Duration.ofSeconds(5);

	/** What 0.169.0 sends for a provider on a closed port (captured from the real binary). */
	static String unreachable(String turnId) {
		return Wire.notification("error", "{\"error\":{\"message\":\"Reconnecting... waiting for network\","
				+ "\"codexErrorInfo\":{\"responseStreamDisconnected\":{\"httpStatusCode\":null}},"
				+ "\"additionalDetails\":\"Connection failed: error sending request for url "
				+ "(http://user:hunter2-secret@127.0.0.1:9/v1/responses)\",\"misalignment\":null},\"willRetry\":true,"
				+ "\"threadId\":\"t1\",\"turnId\":" + Json.write(turnId) + "}");
	}

	private static String error(String codexErrorInfo, boolean willRetry) {
		return Wire.notification("error", "{\"error\":{\"message\":\"Reconnecting... 1/5\",\"codexErrorInfo\":"
				+ codexErrorInfo + "},\"willRetry\":" + willRetry + ",\"threadId\":\"t1\",\"turnId\":\"u1\"}");
	}

	@Test
	void reportsThatTheModelCannotBeReachedFailTheTurnAndInterruptIt() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1")).thenPush(unreachable("u1")));
		fake.on("turn/interrupt",
				(p) -> Reply.result("{}").thenPush(Wire.turnCompleted("t1", "u1", "interrupted", "null")));
		try (Codex codex = Codex.start(FakeServer.config().modelUnreachableTimeout(Duration.ZERO).build(), fake)) {
			CodexThread thread = codex.startThread();
			assertThatThrownBy(() -> thread.run("x")).isInstanceOfSatisfying(ModelUnreachableException.class, (ex) -> {
				assertThat(ex.threadId()).isEqualTo("t1");
				assertThat(ex.turnId()).isEqualTo("u1");
				assertThat(ex.retryReports()).isEqualTo(1);
				assertThat(ex.errorKind()).isEqualTo("responseStreamDisconnected");
				assertThat(ex.serverMessage()).contains("Reconnecting... waiting for network")
					.contains("http://******@127.0.0.1:9");
				assertThat(ex.getMessage()).contains("cannot reach the model").doesNotContain("hunter2-secret");
			});
			fake.awaitRequests("turn/interrupt", 1);
			assertThat(fake.requestParams("turn/interrupt", 0).get("turnId").asString()).isEqualTo("u1");
			Awaitility.await().atMost(WAIT).until(() -> !thread.isBusy());

			// the thread runs again once the model is back
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2"))
				.thenPush(Wire.agentMessage("t1", "u2", "m1", "final_answer", "back"), Wire.turnCompleted("t1", "u2")));
			assertThat(thread.run("again").finalResponse()).isEqualTo("back");
		}
	}

	@Test
	void errorsWithAnHttpStatusWithoutRetryOrOfAnotherKindDoNotFailTheTurn() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1"))
			.thenPush(error("{\"responseStreamDisconnected\":{\"httpStatusCode\":502}}", true),
					error("{\"httpConnectionFailed\":{\"httpStatusCode\":503}}", true), error("\"serverOverloaded\"", true),
					error("{\"responseStreamDisconnected\":{\"httpStatusCode\":null}}", false),
					Wire.agentMessage("t1", "u1", "m1", "final_answer", "fine"), Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().modelUnreachableTimeout(Duration.ZERO).build(), fake)) {
			TurnResult result = codex.startThread().run("x");
			assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
			assertThat(result.finalResponse()).isEqualTo("fine");
			assertThat(fake.requestCount("turn/interrupt")).isZero();
		}
	}

	@Test
	void withoutALimitTheTurnWaitsForTheServer() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u1"))
			.thenPush(unreachable("u1"), unreachable("u1"), Wire.agentMessage("t1", "u1", "m1", "final_answer", "late"),
					Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().modelUnreachableTimeout(null).build(), fake)) {
			assertThat(codex.startThread().run("x").finalResponse()).isEqualTo("late");
		}
	}

	@Test
	void theLimitIsMeasuredFromTheFirstReportAndModelOutputStartsItAgain() {
		AtomicLong now = new AtomicLong();
		List<ModelUnreachableException> fired = new ArrayList<>();
		UnreachableModelWatch watch = new UnreachableModelWatch("t1", Duration.ofSeconds(15), fired::add, now::get);
		JsonNode report = Json.parse(unreachable("u1")).get("params");

		watch.observe("error", report, "u1");
		now.addAndGet(Duration.ofSeconds(10).toNanos());
		watch.observe("error", report, "u1");
		watch.observe("item/started", Json.parse("{\"item\":{\"type\":\"userMessage\",\"id\":\"x\"}}"), "u1");
		assertThat(fired).as("10 s < 15 s").isEmpty();
		// the model answered something: the next report starts a new count
		watch.observe("item/agentMessage/delta", Json.parse("{\"itemId\":\"m\",\"delta\":\"a\"}"), "u1");
		now.addAndGet(Duration.ofSeconds(10).toNanos());
		watch.observe("error", report, "u1");
		assertThat(fired).isEmpty();
		now.addAndGet(Duration.ofSeconds(14).toNanos());
		watch.observe("error", report, "u1");
		assertThat(fired).isEmpty();
		now.addAndGet(Duration.ofSeconds(1).toNanos());
		watch.observe("error", report, "u1");
		assertThat(fired).singleElement().satisfies((ex) -> {
			assertThat(ex.retryReports()).isEqualTo(3);
			assertThat(ex.reportingFor()).isEqualTo(Duration.ofSeconds(15));
		});
		// once only
		now.addAndGet(Duration.ofSeconds(30).toNanos());
		watch.observe("error", report, "u1");
		assertThat(fired).hasSize(1);
	}

	@Test
	void aCommandsStreamedOutputIsNoSignOfTheModel() {
		// a command still printing while the server retries the model: its output, typed or as a tree, is the
		// command's, not the model's, so the reports' count goes on
		for (boolean typed : new boolean[] { true, false }) {
			AtomicLong now = new AtomicLong();
			List<ModelUnreachableException> fired = new ArrayList<>();
			TurnTracker tracker = new TurnTracker("t1", 16, false, (t) -> {
			});
			tracker.watchReachability(new UnreachableModelWatch("t1", Duration.ofSeconds(15), fired::add, now::get));
			JsonNode report = Json.parse(unreachable("u1")).get("params");
			tracker.accept("error", report, false);
			now.addAndGet(Duration.ofSeconds(10).toNanos());
			if (typed) {
				tracker.acceptDelta("item/commandExecution/outputDelta", "cmd", "still running\n", false);
			}
			else {
				tracker.accept("item/commandExecution/outputDelta",
						Json.parse("{\"itemId\":\"cmd\",\"delta\":\"still running\\n\"}"), false);
			}
			now.addAndGet(Duration.ofSeconds(5).toNanos());
			tracker.accept("error", report, false);
			assertThat(fired).as(typed ? "typed delta" : "delta as a tree").hasSize(1);
		}
	}

	@Test
	void aNegativeLimitIsRejected() {
		assertThatThrownBy(() -> CodexConfig.builder().modelUnreachableTimeout(Duration.ofSeconds(-1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("modelUnreachableTimeout");
		assertThat(CodexConfig.builder().build().modelUnreachableTimeout())
			.isEqualTo(CodexConfig.DEFAULT_MODEL_UNREACHABLE_TIMEOUT)
			.isEqualTo(Duration.ofSeconds(15));
	}

}
