package dev.codexjava.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code thread/start} or {@code thread/fork} that timed out, answered after all: the thread it created is known to
 * nobody, and this connection's subscription would keep it loaded on the server for as long as the connection lives;
 * the client unsubscribes from it. A late {@code thread/resume} answer is left alone (the application may have resumed
 * the thread again meanwhile: unsubscribing would cut that subscription).
 */
class LateThreadAnswerTest {

	private static final Duration TIMEOUT = Duration.ofMillis(300);

	private static void answerLate(FakeTransport fake, String method, String threadId) {
		JsonNode id = fake.requests(method).get(0).get("id");
		fake.push("{\"id\":" + Json.write(id) + ",\"result\":" + Wire.threadResult(threadId) + "}");
	}

	@Test
	void theThreadALateThreadStartAnswerNamesIsUnsubscribed() {
		FakeTransport fake = new FakeTransport();
		fake.once("thread/start", (p) -> Reply.none());
		fake.on("thread/start", (p) -> Reply.result(Wire.threadResult("t2")));
		fake.on("thread/unsubscribe", (p) -> Reply.result("{\"status\":\"unsubscribed\"}"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			assertThatThrownBy(codex::startThread).isInstanceOf(CodexTimeoutException.class);
			answerLate(fake, "thread/start", "t1");
			fake.awaitRequests("thread/unsubscribe", 1);
			assertThat(Json.text(fake.requestParams("thread/unsubscribe", 0), "threadId")).isEqualTo("t1");
			assertThat(codex.startThread().id()).isEqualTo("t2");
		}
	}

	@Test
	void theForkALateThreadForkAnswerNamesIsUnsubscribed() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		fake.once("thread/fork", (p) -> Reply.none());
		fake.on("thread/unsubscribe", (p) -> Reply.result("{\"status\":\"unsubscribed\"}"));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			codex.resumeThread("t1");
			assertThatThrownBy(() -> codex.forkThread("t1")).isInstanceOf(CodexTimeoutException.class);
			answerLate(fake, "thread/fork", "f1");
			fake.awaitRequests("thread/unsubscribe", 1);
			assertThat(Json.text(fake.requestParams("thread/unsubscribe", 0), "threadId")).isEqualTo("f1");
		}
	}

	@Test
	void aLateThreadResumeAnswerIsLeftAlone() {
		FakeTransport fake = new FakeTransport();
		fake.once("thread/resume", (p) -> Reply.none());
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult("t1")));
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(TIMEOUT).build(), fake)) {
			assertThatThrownBy(() -> codex.resumeThread("t1")).isInstanceOf(CodexTimeoutException.class);
			CodexThread again = codex.resumeThread("t1");
			answerLate(fake, "thread/resume", "t1");
			fake.awaitIdle();
			assertThat(fake.requestCount("thread/unsubscribe")).isZero();
			assertThat(again.id()).isEqualTo("t1");
		}
	}

}
