package dev.codexjava.it.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real app-server behind a relay that holds back its answer to the first {@code turn/start}
 * ({@link LateAnswerRelay}): the client's request times out while the server runs the turn it started. When the
 * answer comes after all, the client interrupts that turn (nobody waits for it: left alone it would run on, using the
 * model and the workspace), and the thread's next turn runs once it has ended, instead of being refused as busy.
 */
@Timeout(120)
class LateTurnAnswerTest {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

	private static final Duration ANSWER_DELAY = Duration.ofSeconds(3);

	@TempDir
	Path dir;

	private final MockModel model = MockModel.start();

	private final MockCodexHome home = MockCodexHome.builder(this.model).build();

	/** Each turn/completed the client heard: turn id to status. */
	private final Map<String, String> ended = new ConcurrentHashMap<>();

	/** The turn/interrupt requests the client sent, with how each ended ("ok" or the failure). */
	private final List<String> interrupts = new ArrayList<>();

	@AfterEach
	void close() {
		this.home.close();
		this.model.close();
	}

	private Codex start() {
		CodexListener listener = new CodexListener() {
			@Override
			public void onNotification(String method, @Nullable JsonNode params) {
				JsonNode turn = (params != null) ? params.get("turn") : null;
				if ("turn/completed".equals(method) && turn != null) {
					ended.put(Json.text(turn, "id"), Json.text(turn, "status"));
				}
			}

			@Override
			public void onRequestCompleted(String method, Duration duration, @Nullable Throwable failure) {
				if ("turn/interrupt".equals(method)) {
					synchronized (interrupts) {
						interrupts.add((failure == null) ? "ok" : failure.toString());
					}
				}
			}
		};
		return Codex.start(LateAnswerRelayLauncher.config(this.dir, this.home.path(), "turn/start", ANSWER_DELAY)
			.requestTimeout(REQUEST_TIMEOUT)
			.listener(listener)
			.build());
	}

	@Test
	void aTurnStartAnsweredAfterItsTimeoutHasItsTurnInterruptedAndTheThreadRunsTheNextTurn() {
		// 2,000 deltas 50 ms apart: the turn would run 100 s
		this.model.enqueue(MockResponse.deltas(2000, "tok ").withEventDelay(Duration.ofMillis(50)));
		try (Codex codex = start()) {
			CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
			assertThatThrownBy(() -> thread.run("a long answer please")).isInstanceOf(CodexTimeoutException.class);
			Awaitility.await("the late-answered turn interrupted")
				.atMost(Duration.ofSeconds(30))
				.until(() -> this.ended.containsValue("interrupted"));
			this.model.enqueue(MockResponse.text("after the late answer"));
			assertThat(thread.run("again").finalResponse()).isEqualTo("after the late answer");
		}
	}

	@Test
	void aTurnThatEndedBeforeItsLateAnswerCameDoesNotHoldUpTheNextTurn() {
		this.model.enqueue(MockResponse.text("quick"));
		try (Codex codex = start()) {
			CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
			assertThatThrownBy(() -> thread.run("a quick answer please")).isInstanceOf(CodexTimeoutException.class);
			Awaitility.await("the late answer handled").atMost(Duration.ofSeconds(30)).until(() -> {
				synchronized (this.interrupts) {
					return !this.interrupts.isEmpty();
				}
			});
			this.model.enqueue(MockResponse.text("next"));
			long start = System.nanoTime();
			assertThat(thread.run("next").finalResponse()).isEqualTo("next");
			// the wind-down waits up to 10 s for an end that already came
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

	/**
	 * The late-answered turn ended before its answer came, and the thread's next turn is running when it comes: the
	 * client's interrupt of the ended turn must not stop the running one.
	 */
	@Test
	void aLateAnswerForAnEndedTurnDoesNotInterruptTheTurnRunningNow() {
		this.model.enqueue(MockResponse.text("quick"));
		// 200 deltas 50 ms apart: about 10 s, past the late answer
		this.model.enqueue(MockResponse.deltas(200, "tok ").withEventDelay(Duration.ofMillis(50)));
		try (Codex codex = start()) {
			CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
			assertThatThrownBy(() -> thread.run("a quick answer please")).isInstanceOf(CodexTimeoutException.class);
			Awaitility.await("the first turn ended").atMost(Duration.ofSeconds(30))
				.until(() -> this.ended.containsValue("completed"));
			TurnHandle second = thread.turn("a slow answer please");
			assertThat(second.run().status()).as("the running turn after %s", this.interrupts)
				.isEqualTo(TurnStatus.COMPLETED);
		}
	}

}
