package dev.codexjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class MockResponseTest {

	@Test
	void withMethodsReturnCopiesAndLeaveTheOriginalAlone() {
		MockResponse original = MockResponse.text("a");

		MockResponse changed = original.withUsage(1, 0, 1, 0, 2)
			.withEventDelay(Duration.ofMillis(5))
			.withStall()
			.withoutCompletion()
			.withHeader("x-test", "1");

		assertThat(changed).isNotSameAs(original);
		assertThat(original.eventDelay()).isZero();
		assertThat(original.stalls()).isFalse();
		assertThat(original.sendsFinalEvent()).isTrue();
		assertThat(original.headers()).isEmpty();
		assertThat(original.finalEvent(1).data()).contains("\"total_tokens\":15");
		assertThat(changed.finalEvent(1).data()).contains("\"total_tokens\":2");
		assertThat(changed.headers()).containsEntry("x-test", "1");
		assertThat(changed.stalls()).isTrue();
		assertThat(changed.sendsFinalEvent()).isFalse();
	}

	@Test
	void anInstanceRendersFreshIdsForEachServing() {
		MockResponse response = MockResponse.streamed("t", List.of("t"));

		assertThat(response.leadingEvents(1)).allSatisfy((event) -> assertThat(event.data()).doesNotContain("msg-2"));
		assertThat(response.leadingEvents(2).get(1).data()).contains("\"id\":\"msg-2\"");
		assertThat(response.finalEvent(2).data()).contains("\"id\":\"resp-2\"");
	}

	@Test
	void outputItemsComeBeforeTheResponsesOwnEventsWithIdsPerServingAndSurviveCopies() {
		MockResponse response = MockResponse.text("answer")
			.withOutputItems(OutputItem.reasoning("thinking"), OutputItem.of("{\"type\":\"web_search_call\",\"id\":\"ws-1\"}"))
			.withUsage(1, 0, 1, 0, 2)
			.withOutputItems(OutputItem.imageGeneration("a fox", "AAAA"));

		List<SseEvent> events = response.leadingEvents(3);
		assertThat(events).extracting(SseEvent::type)
			.containsExactly("response.created", "response.output_item.added", "response.output_item.done",
					"response.output_item.added", "response.output_item.done", "response.output_item.added",
					"response.output_item.done", "response.output_item.done");
		assertThat(events.get(2).data()).contains("\"type\":\"reasoning\"")
			.contains("\"summary\":[{\"type\":\"summary_text\",\"text\":\"thinking\"}]")
			.contains("\"id\":\"item-3-0\"");
		assertThat(events.get(4).data()).contains("\"id\":\"ws-1\"").contains("\"output_index\":1");
		assertThat(events.get(6).data()).contains("\"type\":\"image_generation_call\"")
			.contains("\"revised_prompt\":\"a fox\"")
			.contains("\"result\":\"AAAA\"");
		assertThat(events.get(7).data()).contains("\"text\":\"answer\"");
		assertThat(response.finalEvent(3).data()).contains("\"total_tokens\":2");
		assertThat(MockResponse.text("answer").leadingEvents(1)).hasSize(2);
		assertThatThrownBy(() -> OutputItem.of("[1]")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OutputItem.of("{\"id\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void framesAreEventLineDataLineBlankLine() {
		SseEvent event = MockResponse.text("hi").leadingEvents(7).get(0);

		assertThat(new String(event.frame(), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("event: response.created\n"
					+ "data: {\"type\":\"response.created\",\"response\":{\"id\":\"resp-7\"}}\n\n");
	}

	@Test
	void textWithNewlinesStaysOnOneDataLine() {
		SseEvent done = MockResponse.text("line one\nline two").leadingEvents(1).get(1);

		assertThat(done.data()).doesNotContain("\n").contains("line one\\nline two");
	}

	@Test
	void httpErrorHasNoEvents() {
		MockResponse error = MockResponse.httpError(500, "{}");

		assertThat(error.isHttpError()).isTrue();
		assertThat(error.status()).isEqualTo(500);
		assertThat(error.httpBody()).isEqualTo("{}");
		assertThat(error.leadingEvents(1)).isEmpty();
		assertThatThrownBy(() -> error.finalEvent(1)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void invalidArgumentsAreRejected() {
		assertThatThrownBy(() -> MockResponse.text(null)).isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> MockResponse.deltas(-1, "x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MockResponse.httpError(42, "{}")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MockResponse.text("a").withEventDelay(Duration.ofMillis(-1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MockResponse.text("a").withUsage(-1, 0, 0, 0, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MockResponse.streamed("a", null)).isInstanceOf(NullPointerException.class);
	}

	@Test
	void deltasOfZeroIsAnEmptyStreamedMessage() {
		List<SseEvent> events = MockResponse.deltas(0, "x").leadingEvents(1);

		assertThat(events).extracting(SseEvent::type)
			.containsExactly("response.created", "response.output_item.added", "response.output_item.done");
	}

	@Test
	void toStringSummarises() {
		assertThat(MockResponse.text("hello").withStall()).hasToString("MockResponse[text \"hello\", "
				+ "TokenUsage[input=10, cachedInput=0, output=5, reasoning=0, total=15], stall]");
		assertThat(MockResponse.overloaded().toString()).contains("failed server_is_overloaded: mock overloaded");
		assertThat(MockResponse.deltas(3, "x").toString()).contains("streamed 3 deltas");
		assertThat(MockResponse.toolCall("c", "ls", true).toString()).contains("toolCall c \"ls\" (escalated)");
	}

}
