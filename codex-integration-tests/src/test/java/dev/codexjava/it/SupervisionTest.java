package dev.codexjava.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.SupervisionPolicy;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client restarts a crashed app-server and threads continue their conversation on the new process. */
class SupervisionTest {

	private static void kill(Codex codex) {
		ProcessHandle.of(codex.pid().getAsLong()).orElseThrow().destroyForcibly();
	}

	private static long awaitRestart(Codex codex, long oldPid) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> codex.isRunning() && codex.pid().isPresent() && codex.pid().getAsLong() != oldPid);
		return codex.pid().getAsLong();
	}

	@Test
	void killBetweenTurnsRestartsAndTheThreadKeepsItsHistory() {
		List<String> events = new CopyOnWriteArrayList<>();
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				Codex codex = Codex.start(Fixtures.config(home.path()).listener(new CodexListener() {
					@Override
					public void onRestartScheduled(int attempt, Duration delay, Throwable reason) {
						events.add("restart " + attempt);
					}
				}).build())) {
			model.enqueue(MockResponse.text("noted"), MockResponse.text("you said pineapple"));
			CodexThread thread = codex.startThread();
			thread.run("remember pineapple");
			long firstPid = codex.pid().getAsLong();

			kill(codex);
			long secondPid = awaitRestart(codex, firstPid);

			assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(thread.run("what did I say?").finalResponse()).isEqualTo("you said pineapple");
			assertThat(model.requests().get(1).allUserTexts()).contains("remember pineapple", "what did I say?");
			assertThat(model.requests().get(1).body()).contains("noted");
			assertThat(events).containsExactly("restart 1");
			assertThat(codex.pid().getAsLong()).isEqualTo(secondPid);
		}
	}

	@Test
	void killMidTurnFailsTheTurnThenTheConversationContinues() {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				Codex codex = Codex.start(Fixtures.config(home.path()).build())) {
			model.enqueue(MockResponse.text("first answer"),
					MockResponse.streamed("never", List.of("a", "b")).withStall(), MockResponse.text("continued"));
			CodexThread thread = codex.startThread();
			thread.run("first question");
			TurnHandle turn = thread.turn("this one hangs");
			var iterator = turn.stream().iterator();
			while (iterator.hasNext() && !(iterator.next() instanceof TurnEvent.AgentMessageDelta)) {
				// wait for the stream to be under way
			}
			long firstPid = codex.pid().getAsLong();

			kill(codex);

			assertThatThrownBy(turn::run).isInstanceOf(TransportClosedException.class);
			awaitRestart(codex, firstPid);
			assertThat(thread.run("still there?").finalResponse()).isEqualTo("continued");
			assertThat(model.requests().get(2).allUserTexts()).contains("first question", "still there?");
		}
	}

	@Test
	void givesUpAfterTooManyRestartsAndStaysDown() {
		List<String> gaveUp = new CopyOnWriteArrayList<>();
		SupervisionPolicy oneRestart = new SupervisionPolicy(true, 1, Duration.ofMinutes(5), Duration.ofMillis(10),
				2.0, Duration.ofMillis(100));
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				Codex codex = Codex.start(Fixtures.config(home.path()).supervision(oneRestart).listener(new CodexListener() {
					@Override
					public void onSupervisionGaveUp(String reason) {
						gaveUp.add(reason);
					}
				}).build())) {
			long firstPid = codex.pid().getAsLong();
			kill(codex);
			long secondPid = awaitRestart(codex, firstPid);

			kill(codex);

			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !gaveUp.isEmpty());
			assertThat(gaveUp.get(0)).contains("gave up after 1 restarts");
			assertThat(codex.isRunning()).isFalse();
			assertThat(codex.isRestarting()).isFalse();
			assertThat(ProcessHandle.of(secondPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThatThrownBy(codex::startThread).isInstanceOf(TransportClosedException.class);
			// a manual restart brings it back
			codex.restart();
			assertThat(codex.isRunning()).isTrue();
		}
	}

	@Test
	void withSupervisionDisabledAKilledServerStaysDown() {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				Codex codex = Codex.start(Fixtures.config(home.path()).supervision(SupervisionPolicy.disabled()).build())) {
			long pid = codex.pid().getAsLong();
			kill(codex);
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !codex.isRunning());
			assertThat(codex.isRestarting()).isFalse();
			assertThat(codex.closedReason()).isPresent();
			assertThatThrownBy(codex::startThread).isInstanceOf(TransportClosedException.class);
			assertThat(codex.pid().getAsLong()).isEqualTo(pid);
		}
	}

}
