package dev.codexjava.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadBusyException;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Interrupt, steer, structured output, busy threads and concurrency on the real binary. */
@ExtendWith(CodexExtension.class)
class TurnControlTest {

	private static MockResponse slow(int deltas) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < deltas; i++) {
			parts.add("tok" + i + " ");
		}
		return MockResponse.streamed(String.join("", parts), parts).withEventDelay(Duration.ofMillis(50));
	}

	@Test
	void interruptEndsTheTurnWithStatusInterrupted(Codex codex, MockModel model) {
		model.enqueue(slow(200));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnHandle turn = thread.turn("long answer please");

		var iterator = turn.stream().iterator();
		while (iterator.hasNext()) {
			if (iterator.next() instanceof TurnEvent.AgentMessageDelta) {
				break;
			}
		}
		turn.interrupt();
		TurnEvent last = null;
		while (iterator.hasNext()) {
			last = iterator.next();
		}

		assertThat(last).isInstanceOf(TurnEvent.Completed.class);
		TurnResult result = turn.run();
		assertThat(result.status()).isEqualTo(TurnStatus.INTERRUPTED);
		assertThat(((TurnEvent.Completed) last).result().status()).isEqualTo(TurnStatus.INTERRUPTED);
		// the thread is free again
		model.enqueue(MockResponse.text("after interrupt"));
		assertThat(thread.run("again").finalResponse()).isEqualTo("after interrupt");
	}

	@Test
	void steerAddsInputToTheRunningTurn(Codex codex, MockModel model) {
		model.enqueue(slow(40));
		model.defaultResponse(MockResponse.text("steered answer"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnHandle turn = thread.turn("start");
		var iterator = turn.stream().iterator();
		while (iterator.hasNext()) {
			if (iterator.next() instanceof TurnEvent.AgentMessageDelta) {
				break;
			}
		}

		turn.steer("also mention bananas");
		while (iterator.hasNext()) {
			iterator.next();
		}

		TurnResult result = turn.run();
		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(model.requests()).anySatisfy(
				(request) -> assertThat(request.allUserTexts()).contains("also mention bananas"));
	}

	record Answer(String answer, int n) {
	}

	@Test
	void structuredOutputMapsTheFinalAnswerOntoARecord(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("{\"answer\":\"forty-two\",\"n\":42}"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());

		Answer answer = thread.run("what is the answer?", Answer.class);

		assertThat(answer).isEqualTo(new Answer("forty-two", 42));
		assertThat(model.requests().get(0).hasOutputSchema()).isTrue();
		assertThat(model.requests().get(0).outputSchema().get("required").toString()).contains("answer", "n");
	}

	@Test
	void outputSchemaAppliesToOneTurnOnly(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("{\"ok\":true}"), MockResponse.text("plain"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnResult structured = thread.run("json please", TurnOptions.builder()
			.outputSchema("{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}},\"required\":[\"ok\"],"
					+ "\"additionalProperties\":false}")
			.build());
		thread.run("plain please");

		assertThat(structured.finalResponseAs(Map.class)).containsEntry("ok", true);
		assertThat(model.requests().get(0).hasOutputSchema()).isTrue();
		assertThat(model.requests().get(1).hasOutputSchema()).isFalse();
	}

	@Test
	void aSecondTurnOnABusyThreadIsRefusedAndTheFirstIsUnharmed(Codex codex, MockModel model) {
		model.enqueue(slow(20));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnHandle first = thread.turn("first");

		assertThatThrownBy(() -> thread.turn("second")).isInstanceOf(ThreadBusyException.class)
			.hasMessageContaining(thread.id());

		TurnResult result = first.run();
		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(result.finalResponse()).startsWith("tok0 tok1");
		assertThat(model.requests()).hasSize(1);
		assertThat(model.requests().get(0).allUserTexts()).doesNotContain("second");
	}

	@Test
	void concurrentTurnsOnSeparateThreadsEachGetTheirOwnEvents(Codex codex, MockModel model) throws Exception {
		model.respondWith((request) -> {
			String prompt = request.lastUserText();
			List<String> parts = List.of("answer ", "to ", prompt);
			return MockResponse.streamed("answer to " + prompt, parts).withEventDelay(Duration.ofMillis(5));
		});
		int n = 6;
		List<CompletableFuture<List<TurnEvent>>> futures = new ArrayList<>();
		List<CodexThread> threads = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			threads.add(codex.startThread(ThreadOptions.builder().ephemeral(true).build()));
		}
		for (int i = 0; i < n; i++) {
			CodexThread thread = threads.get(i);
			String prompt = "prompt-" + i;
			futures.add(CompletableFuture.supplyAsync(() -> thread.turn(prompt).stream().toList()));
		}
		for (int i = 0; i < n; i++) {
			List<TurnEvent> events = futures.get(i).get(60, TimeUnit.SECONDS);
			String deltas = events.stream()
				.filter(TurnEvent.AgentMessageDelta.class::isInstance)
				.map((e) -> ((TurnEvent.AgentMessageDelta) e).delta())
				.reduce("", String::concat);
			assertThat(deltas).isEqualTo("answer to prompt-" + i);
			TurnResult result = ((TurnEvent.Completed) events.get(events.size() - 1)).result();
			assertThat(result.threadId()).isEqualTo(threads.get(i).id());
			assertThat(result.finalResponse()).isEqualTo("answer to prompt-" + i);
		}
		assertThat(codex.activeTurns()).isZero();
	}

}
