package dev.codexjava.it.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexListener;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.protocol.Json;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real app-server behind a relay that holds back its answer to the first {@code thread/start}
 * ({@link LateAnswerRelay}): the call times out, the server has created the thread, and this connection is subscribed
 * to it (which keeps it loaded on the server). When the answer comes after all, the client unsubscribes from that
 * thread: asked again, the server says this connection is no longer subscribed.
 */
@Timeout(120)
class LateThreadAnswerTest {

	@TempDir
	Path dir;

	private final MockModel model = MockModel.start();

	private final MockCodexHome home = MockCodexHome.builder(this.model).build();

	@AfterEach
	void close() {
		this.home.close();
		this.model.close();
	}

	@Test
	void theThreadALateThreadStartAnswerCreatedIsUnsubscribed() {
		List<String> started = new CopyOnWriteArrayList<>();
		List<String> unsubscribed = new CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onNotification(String method, @Nullable JsonNode params) {
				JsonNode thread = (params != null) ? params.get("thread") : null;
				if ("thread/started".equals(method) && thread != null) {
					started.add(Json.text(thread, "id"));
				}
			}

			@Override
			public void onRequestCompleted(String method, Duration duration, @Nullable Throwable failure) {
				if ("thread/unsubscribe".equals(method)) {
					unsubscribed.add((failure == null) ? "ok" : failure.toString());
				}
			}
		};
		try (Codex codex = Codex.start(LateAnswerRelayLauncher
			.config(this.dir, this.home.path(), "thread/start", Duration.ofSeconds(3))
			.requestTimeout(Duration.ofSeconds(1))
			.listener(listener)
			.build())) {
			assertThatThrownBy(codex::startThread).isInstanceOf(CodexTimeoutException.class);
			Awaitility.await("the late answer's thread unsubscribed").atMost(Duration.ofSeconds(30))
				.until(() -> !unsubscribed.isEmpty());
			assertThat(unsubscribed).containsExactly("ok");
			assertThat(started).hasSize(1);
			JsonNode again = codex.request("thread/unsubscribe", Map.of("threadId", started.get(0)));
			assertThat(Json.text(again, "status")).isEqualTo("notSubscribed");
			// the client goes on: the relay holds back the first thread/start only
			assertThat(codex.startThread().id()).isNotEqualTo(started.get(0));
		}
	}

}
