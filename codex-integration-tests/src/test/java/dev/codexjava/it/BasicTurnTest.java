package dev.codexjava.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.codexjava.client.AsyncCodex;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain runs, streaming and the handshake against the real binary. */
@ExtendWith(CodexExtension.class)
class BasicTurnTest {

	@Test
	void handshakeReportsThePinnedServerVersion(Codex codex) {
		assertThat(codex.serverVersion()).isEqualTo(System.getProperty("codex.version", "0.169.0"));
		assertThat(codex.pid()).isPresent();
		assertThat(ProcessHandle.of(codex.pid().getAsLong())).map(ProcessHandle::isAlive).contains(true);
		assertThat(codex.serverInfo().codexHome()).isNotBlank();
	}

	@Test
	void runReturnsFinalResponseItemsAndUsage(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("Hello from mock").withUsage(120, 20, 30, 7, 150));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());

		TurnResult result = thread.run("hi there");

		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(result.id()).isNotBlank();
		assertThat(result.threadId()).isEqualTo(thread.id());
		assertThat(result.finalResponse()).isEqualTo("Hello from mock");
		assertThat(result.items()).anySatisfy((item) -> assertThat(item).isInstanceOf(ThreadItem.UserMessage.class));
		assertThat(result.items()).last().isInstanceOf(ThreadItem.AgentMessage.class);
		assertThat(result.usage()).isNotNull();
		assertThat(result.usage().inputTokens()).isEqualTo(120);
		assertThat(result.usage().cachedInputTokens()).isEqualTo(20);
		assertThat(result.usage().outputTokens()).isEqualTo(30);
		assertThat(result.usage().reasoningOutputTokens()).isEqualTo(7);
		assertThat(result.usage().totalTokens()).isEqualTo(150);
		assertThat(result.durationMs()).isNotNull();
		assertThat(result.startedAt()).isNotNull();
		assertThat(model.requests()).hasSize(1);
		assertThat(model.requests().get(0).lastUserText()).isEqualTo("hi there");
	}

	@Test
	void secondTurnSendsTheConversationSoFar(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("first answer"), MockResponse.text("second answer"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());

		thread.run("first question");
		TurnResult second = thread.run("second question");

		assertThat(second.finalResponse()).isEqualTo("second answer");
		assertThat(model.requests().get(1).allUserTexts()).contains("first question", "second question");
		assertThat(model.requests().get(1).body()).contains("first answer");
	}

	@Test
	void streamDeliversDeltasInOrderAndEndsWithCompleted(Codex codex, MockModel model) {
		List<String> deltas = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			deltas.add("t" + i + " ");
		}
		model.enqueue(MockResponse.streamed(String.join("", deltas), deltas));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());

		TurnHandle turn = thread.turn("stream please");
		List<TurnEvent> events = turn.stream().toList();

		List<String> received = events.stream()
			.filter(TurnEvent.AgentMessageDelta.class::isInstance)
			.map((e) -> ((TurnEvent.AgentMessageDelta) e).delta())
			.toList();
		assertThat(received).containsExactlyElementsOf(deltas);
		assertThat(events.get(0)).isInstanceOf(TurnEvent.Started.class);
		assertThat(events).last().isInstanceOf(TurnEvent.Completed.class);
		TurnResult result = ((TurnEvent.Completed) events.get(events.size() - 1)).result();
		assertThat(result.finalResponse()).isEqualTo(String.join("", deltas));
		assertThat(events).filteredOn(TurnEvent.TokenUsage.class::isInstance).isNotEmpty();
		// the handle's result is the same, and run() after stream() returns it
		assertThat(turn.run().finalResponse()).isEqualTo(result.finalResponse());
	}

	@Test
	void asyncFaceRunsTurnsOverTheSameConnection(AsyncCodex async, MockModel model) throws Exception {
		model.enqueue(MockResponse.text("async answer"));
		TurnResult result = async.startThread(ThreadOptions.builder().ephemeral(true).build())
			.thenCompose((thread) -> thread.runAsync("hello async"))
			.get(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
		assertThat(result.finalResponse()).isEqualTo("async answer");
		assertThat(async.blocking().isRunning()).isTrue();
	}

	@Test
	void pingMeasuresARoundTripAndFailsFastOnAStoppedServer(Codex codex) throws Exception {
		assertThat(codex.ping(Duration.ofSeconds(5))).isPositive();
		long pid = codex.pid().getAsLong();
		ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
		// SIGSTOP: the process is alive but answers nothing, like a hung server
		new ProcessBuilder("kill", "-STOP", Long.toString(pid)).start().waitFor();
		// kill returns once the signal is sent: wait until the kernel shows the process stopped (state T)
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> java.nio.file.Files
			.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat")).replaceFirst("^.*\\) ", "")
			.startsWith("T"));
		try {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> codex.ping(Duration.ofMillis(300)))
				.isInstanceOf(dev.codexjava.error.CodexTimeoutException.class);
			assertThat(handle.isAlive()).isTrue();
			codex.restart();
			assertThat(codex.pid().getAsLong()).isNotEqualTo(pid);
			assertThat(codex.ping(Duration.ofSeconds(5))).isPositive();
		}
		finally {
			new ProcessBuilder("kill", "-CONT", Long.toString(pid)).start().waitFor();
		}
		assertThat(handle.isAlive()).isFalse();
	}

	/**
	 * The testkit's home turns the app-server's shell snapshot off: without it, every new thread runs a login shell
	 * ({@code bash -lc} with the user's {@code ~/.bashrc}; 18-21 processes at once were seen for five threads here),
	 * which made tests depend on the machine's shell profile. (The app-server still runs {@code git} in the working
	 * directory now and then.)
	 */
	@Test
	void newThreadsStartNoLoginShellOnTheTestkitsHome(Codex codex) {
		ProcessHandle server = ProcessHandle.of(codex.pid().getAsLong()).orElseThrow();
		java.util.concurrent.CompletableFuture<Void> threads = java.util.concurrent.CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 5; i++) {
				codex.startThread(ThreadOptions.builder().ephemeral(true).build());
			}
		});
		java.util.Set<String> seen = new java.util.TreeSet<>();
		while (!threads.isDone()) {
			server.descendants().forEach((p) -> seen.add(Processes.name(p)));
		}
		threads.join();
		assertThat(seen).as("processes the app-server started while five threads were started")
			.doesNotContain("bash", "sh", "zsh", "dash");
	}

	@Test
	void closeStopsTheProcessAndItsDescendants(MockModel model) {
		Codex codex = Codex.start(Fixtures.config(model).build());
		model.enqueue(MockResponse.text("warm up"));
		codex.startThread().run("start some work");
		long pid = codex.pid().orElseThrow();
		ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> descendants = handle.descendants().toList();

		codex.close();
		codex.close(); // idempotent

		assertThat(handle.isAlive()).isFalse();
		assertThat(descendants).noneMatch(Processes::running);
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isIn(Optional.empty(), Optional.of(false));
		assertThat(codex.isRunning()).isFalse();
	}

	static Duration seconds(long s) {
		return Duration.ofSeconds(s);
	}

}
