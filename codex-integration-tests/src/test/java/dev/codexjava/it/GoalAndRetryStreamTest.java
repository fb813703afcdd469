package dev.codexjava.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Goals and the server's own stream retries, on the real binary. */
@ExtendWith(CodexExtension.class)
class GoalAndRetryStreamTest {

	@Test
	void runGoalSpansTheServerDrivenTurnsUntilTheGoalIsComplete(Codex codex, MockModel model) {
		// first goal turn: the model works on it; the continuation turn marks it complete, then answers
		model.enqueue(MockResponse.text("working on it"),
				MockResponse.functionCall("call-goal", "update_goal", "{\"status\":\"complete\"}"),
				MockResponse.text("goal reached"));
		CodexThread thread = codex.startThread();

		TurnResult result = thread.runGoal("  make the tests pass  ");

		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(result.finalResponse()).isEqualTo("goal reached");
		assertThat(result.items()).extracting((item) -> item.type()).contains("agentMessage");
		assertThat(result.usage().totalTokens()).isEqualTo(45);
		assertThat(model.requests()).hasSize(3);
		assertThat(model.requests().get(0).body()).contains("make the tests pass");
		assertThat(codex.activeTurns()).isZero();
		// the thread accepts normal turns afterwards
		model.enqueue(MockResponse.text("after the goal"));
		assertThat(thread.run("and now?").finalResponse()).isEqualTo("after the goal");
	}

	@Test
	void goalRefusesBlankObjectivesAndEphemeralThreads(Codex codex) {
		CodexThread ephemeral = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		assertThatThrownBy(() -> ephemeral.startGoal(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ephemeral.startGoal("do it")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ephemeral");
		assertThat(ephemeral.isBusy()).isFalse();
		// the async form: argument errors at once, state errors the server reveals through the future
		assertThatThrownBy(() -> ephemeral.startGoalAsync(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(ephemeral.runGoalAsync("do it")).failsWithin(Duration.ofSeconds(30))
			.withThrowableOfType(ExecutionException.class)
			.withCauseInstanceOf(IllegalStateException.class)
			.withMessageContaining("ephemeral");
		assertThat(ephemeral.isBusy()).isFalse();
	}

	@Test
	void runGoalAsyncCompletesOnAWorkerThreadWithTheWholeGoal(Codex codex, MockModel model) throws Exception {
		model.enqueue(MockResponse.text("working on it"),
				MockResponse.functionCall("call-goal", "update_goal", "{\"status\":\"complete\"}"),
				MockResponse.text("goal reached"));
		CodexThread thread = codex.startThread();

		CompletableFuture<String> completedOn = thread.runGoalAsync("make the tests pass")
			.thenApply((result) -> result.finalResponse() + " on " + Thread.currentThread().getName());

		assertThat(completedOn.get(60, TimeUnit.SECONDS)).startsWith("goal reached on codex-").contains("-worker-");
		assertThat(model.requests()).hasSize(3);
		assertThat(thread.isBusy()).isFalse();
	}

	@Test
	void aTurnOutlivingTheTurnTimeoutIsInterruptedAndTheNextTurnRunsOnItsOwn(MockModel model) {
		try (MockCodexHome home = MockCodexHome.builder(model).build();
				Codex codex = Codex.start(Fixtures.config(home.path()).turnTimeout(Duration.ofSeconds(2)).build())) {
			model.enqueue(MockResponse.streamed("stuck ", List.of("stuck ")).withStall());
			CodexThread thread = codex.startThread();

			assertThatThrownBy(() -> thread.run("take forever")).isInstanceOf(CodexTimeoutException.class);

			model.enqueue(MockResponse.text("back to normal"));
			TurnResult next = thread.run("status?");
			assertThat(next.status()).isEqualTo(TurnStatus.COMPLETED);
			assertThat(next.finalResponse()).isEqualTo("back to normal");
		}
	}

	@Test
	void aGoalTurnOutlivingTheTurnTimeoutFailsTheGoalAndPausesIt(MockModel model) {
		try (MockCodexHome home = MockCodexHome.builder(model).build();
				Codex codex = Codex.start(Fixtures.config(home.path()).turnTimeout(Duration.ofSeconds(2)).build())) {
			// the goal's first turn streams a little, then the model goes silent
			model.enqueue(MockResponse.streamed("stuck ", List.of("stuck ")).withStall());
			CodexThread thread = codex.startThread();
			TurnHandle goal = thread.startGoal("finish the migration");

			assertThatThrownBy(goal::run).isInstanceOf(CodexTimeoutException.class)
				.hasMessageContaining("of the goal did not finish within 2000 ms");
			assertThat(thread.isBusy()).isFalse();
			assertThat(codex.activeTurns()).isZero();

			// the stalled turn was interrupted and the goal paused: the thread takes a normal turn again
			model.enqueue(MockResponse.text("back to normal"));
			assertThat(thread.run("status?").finalResponse()).isEqualTo("back to normal");
		}
	}

	@Test
	void anItemResentAfterAStreamRetryRestartsItsPartialText(MockModel model) {
		try (MockCodexHome home = MockCodexHome.builder(model).streamMaxRetries(1).build();
				Codex codex = Codex.start(Fixtures.config(home.path()).build())) {
			model.enqueue(MockResponse.disconnectAfterDeltas("msg-same", List.of("stale ", "text ")),
					MockResponse.streamed("msg-same", "fresh answer", List.of("fresh ", "answer")));
			CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
			TurnHandle turn = thread.turn("retry me");

			List<TurnEvent> events = turn.stream().toList();

			List<TurnEvent.ItemStarted> starts = events.stream()
				.filter(TurnEvent.ItemStarted.class::isInstance)
				.map(TurnEvent.ItemStarted.class::cast)
				.filter((e) -> "msg-same".equals(e.item().id()))
				.toList();
			assertThat(starts).hasSize(2);
			assertThat(starts.get(0).restarted()).isFalse();
			assertThat(starts.get(1).restarted()).isTrue();
			assertThat(events).anySatisfy((e) -> assertThat(e).isInstanceOfSatisfying(TurnEvent.Error.class,
					(error) -> assertThat(error.willRetry()).isTrue()));
			assertThat(turn.partialText("msg-same")).isEqualTo("fresh answer");
			assertThat(turn.run().finalResponse()).isEqualTo("fresh answer");
		}
	}

}
