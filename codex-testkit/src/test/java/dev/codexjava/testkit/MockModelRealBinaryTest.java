package dev.codexjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Drives the real {@code codex app-server} against a {@link MockModel} with raw JSON-RPC (no SDK), to prove the mock
 * speaks the binary's dialect. Skipped when no binary is installed.
 */
class MockModelRealBinaryTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private Path binary;

	@BeforeEach
	void findBinary() {
		Optional<Path> found = CodexBinaries.find();
		assumeThat(found).as("codex binary (codex.bin, CODEX_BIN, codex.install.dir or .codex-bin)").isPresent();
		this.binary = found.get();
	}

	@Test
	void plainAnswerReachesTheClientWithItsUsage() throws Exception {
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.enqueue(MockResponse.text("Hello from mock").withUsage(120, 20, 30, 7, 150));
			try (AppServerProcess server = AppServerProcess.start(this.binary, home)) {
				String threadId = server.initializeAndStartThread();
				List<JsonNode> messages = server.runTurn(3, threadId, "hi");

				JsonNode turn = last(messages, "turn/completed").path("params").path("turn");
				assertThat(TestkitJson.string(turn.path("status"))).isEqualTo("completed");
				assertThat(agentMessageTexts(messages)).containsExactly("Hello from mock");
				assertThat(TestkitJson.string(turn.path("items").get(0).path("text"))).isEqualTo("Hello from mock");

				JsonNode usage = last(messages, "thread/tokenUsage/updated").path("params").path("tokenUsage")
					.path("last");
				assertThat(usage.path("inputTokens").asLong()).isEqualTo(120);
				assertThat(usage.path("cachedInputTokens").asLong()).isEqualTo(20);
				assertThat(usage.path("outputTokens").asLong()).isEqualTo(30);
				assertThat(usage.path("reasoningOutputTokens").asLong()).isEqualTo(7);
				assertThat(usage.path("totalTokens").asLong()).isEqualTo(150);
			}
			RecordedRequest request = model.awaitRequest(0, WAIT);
			assertThat(request.lastUserText()).isEqualTo("hi");
			assertThat(request.model()).isEqualTo("mock-model");
			assertThat(request.header("accept")).isEqualTo("text/event-stream");
			assertThat(model.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void streamedDeltasArriveInOrderAndTheFinalTextComesFromTheDoneEvent() throws Exception {
		List<String> deltas = IntStream.range(0, 50).mapToObj((i) -> "d" + i + " ").collect(Collectors.toList());
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.enqueue(MockResponse.streamed("final text", deltas));
			try (AppServerProcess server = AppServerProcess.start(this.binary, home)) {
				String threadId = server.initializeAndStartThread();
				List<JsonNode> messages = server.runTurn(3, threadId, "stream please");

				List<String> received = new ArrayList<>();
				for (JsonNode message : messages) {
					if ("item/agentMessage/delta".equals(TestkitJson.string(message.path("method")))) {
						received.add(TestkitJson.string(message.path("params").path("delta")));
					}
				}
				assertThat(received).containsExactlyElementsOf(deltas);
				assertThat(agentMessageTexts(messages)).containsExactly("final text");
				JsonNode turn = last(messages, "turn/completed").path("params").path("turn");
				assertThat(TestkitJson.string(turn.path("status")))
					.isEqualTo("completed");
			}
			assertThat(model.awaitRequest(0, WAIT).lastUserText()).isEqualTo("stream please");
		}
	}

	@Test
	void toolCallRunsTheCommandAndTheRouterAnswersTheFollowUp() throws Exception {
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.respondWith((request) -> (request.functionCallOutputCount() == 0)
					? MockResponse.toolCall("call-1", "echo from-the-tool", false)
					: MockResponse.text("done after tool"));
			try (AppServerProcess server = AppServerProcess.start(this.binary, home)) {
				String threadId = server.initializeAndStartThread();
				List<JsonNode> messages = server.runTurn(3, threadId, "run it");

				assertThat(agentMessageTexts(messages)).containsExactly("done after tool");
				assertThat(messages).anySatisfy((message) -> {
					assertThat(TestkitJson.string(message.path("method"))).isEqualTo("item/completed");
					assertThat(TestkitJson.string(message.path("params").path("item").path("type")))
						.isEqualTo("commandExecution");
					assertThat(TestkitJson.string(message.path("params").path("item").path("id"))).isEqualTo("call-1");
				});
			}
			assertThat(model.requestCount()).isEqualTo(2);
			RecordedRequest followUp = model.awaitRequest(1, WAIT);
			assertThat(followUp.functionCallOutputCount()).isEqualTo(1);
			assertThat(followUp.functionCallOutputs().get(0)).contains("from-the-tool");
		}
	}

	@Test
	void aStalledStreamStillHitsTheIdleTimeoutDespiteTheLivenessProbes() throws Exception {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).streamIdleTimeout(Duration.ofSeconds(1)).build()) {
			model.enqueue(MockResponse.streamed("never", List.of("a", "b")).withStall());
			try (AppServerProcess server = AppServerProcess.start(this.binary, home)) {
				String threadId = server.initializeAndStartThread();
				long started = System.nanoTime();
				List<JsonNode> messages = server.runTurn(3, threadId, "hang");
				long elapsedMs = (System.nanoTime() - started) / 1_000_000;

				JsonNode turn = last(messages, "turn/completed").path("params").path("turn");
				assertThat(TestkitJson.string(turn.path("status"))).isEqualTo("failed");
				assertThat(TestkitJson.string(turn.path("error").path("message"))).contains("idle timeout");
				assertThat(elapsedMs).isLessThan(10_000);
			}
		}
	}

	private static JsonNode last(List<JsonNode> messages, String method) {
		JsonNode found = null;
		for (JsonNode message : messages) {
			if (method.equals(TestkitJson.string(message.path("method")))) {
				found = message;
			}
		}
		assertThat(found).as("a %s notification in %s", method, messages).isNotNull();
		return found;
	}

	private static List<String> agentMessageTexts(List<JsonNode> messages) {
		List<String> texts = new ArrayList<>();
		for (JsonNode message : messages) {
			JsonNode item = message.path("params").path("item");
			if ("item/completed".equals(TestkitJson.string(message.path("method")))
					&& "agentMessage".equals(TestkitJson.string(item.path("type")))) {
				texts.add(TestkitJson.string(item.path("text")));
			}
		}
		return texts;
	}

}
