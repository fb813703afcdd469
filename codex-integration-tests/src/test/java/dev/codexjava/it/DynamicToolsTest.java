package dev.codexjava.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.DynamicTool;
import dev.codexjava.client.DynamicToolResult;
import dev.codexjava.client.ForkOptions;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;
import dev.codexjava.testkit.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dynamic tools (experimental) on the real binary: the mock model calls a tool defined in Java, the client runs its
 * handler off the reader thread, and the model's next request carries the tool's output (or the failure, for a
 * handler that throws or runs past its timeout); the turn completes either way.
 */
class DynamicToolsTest {

	/** The arguments of the test tool. */
	record Order(String item, int quantity) {
	}

	@Test
	void modelCallsJavaToolWithTypedArgumentsAndGetsItsOutput() {
		List<Order> received = new CopyOnWriteArrayList<>();
		List<String> handlerThreads = new CopyOnWriteArrayList<>();
		DynamicTool tool = DynamicTool.of("place_order", "Places an order", Order.class, (order) -> {
			received.add(order);
			handlerThreads.add(Thread.currentThread().getName());
			return "order placed: " + order.quantity() + " x " + order.item();
		});
		try (MockModel model = MockModel.start()) {
			model.enqueue(MockResponse.functionCall("call-1", "place_order", "{\"item\":\"apple\",\"quantity\":3}"),
					MockResponse.text("ordered"));
			try (Codex codex = Codex.start(Fixtures.config(model).experimentalApi(true).build())) {
				CodexThread thread = codex
					.startThread(ThreadOptions.builder().ephemeral(true).dynamicTool(tool).build());
				TurnResult result = thread.run("order three apples");

				assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
				assertThat(result.finalResponse()).isEqualTo("ordered");
				assertThat(received).containsExactly(new Order("apple", 3));
				assertThat(handlerThreads).singleElement().asString().doesNotContain("reader");
				// the tool was offered to the model with its schema, and its output came back
				RecordedRequest first = model.requests().get(0);
				assertThat(toolNamed(first, "place_order")).isNotNull();
				assertThat(toolNamed(first, "place_order").toString()).contains("quantity");
				assertThat(model.requests().get(1).functionCallOutputs()).singleElement()
					.asString()
					.contains("order placed: 3 x apple");
				assertThat(result.items()).filteredOn(ThreadItem.DynamicToolCall.class::isInstance)
					.singleElement()
					.satisfies((item) -> {
						ThreadItem.DynamicToolCall call = (ThreadItem.DynamicToolCall) item;
						assertThat(call.tool()).isEqualTo("place_order");
						assertThat(call.status()).isEqualTo("completed");
						assertThat(call.success()).isTrue();
						assertThat(call.output()).isEqualTo("order placed: 3 x apple");
						assertThat(call.arguments().path("quantity").asInt()).isEqualTo(3);
					});
			}
		}
	}

	@Test
	void throwingHandlerIsAFailedResultAndTheTurnCompletes() {
		DynamicTool failing = DynamicTool.of("lookup", "Looks something up", Json.parse("{\"type\":\"object\"}"),
				(call) -> {
					throw new IllegalStateException("database is down");
				});
		DynamicTool erroring = DynamicTool.of("lookup2", "Looks something else up",
				Json.parse("{\"type\":\"object\"}"), (call) -> {
					throw new StackOverflowError("deep");
				});
		try (MockModel model = MockModel.start()) {
			model.enqueue(MockResponse.functionCall("call-1", "lookup", "{}"),
					MockResponse.functionCall("call-2", "lookup2", "{}"), MockResponse.text("gave up"));
			try (Codex codex = Codex.start(Fixtures.config(model).experimentalApi(true).build())) {
				CodexThread thread = codex.startThread(ThreadOptions.builder()
					.ephemeral(true)
					.dynamicTool(failing)
					.dynamicTool(erroring)
					.build());
				TurnResult result = thread.run("look it up");

				assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
				assertThat(result.finalResponse()).isEqualTo("gave up");
				assertThat(model.requests().get(1).functionCallOutputs()).singleElement()
					.asString()
					.contains("IllegalStateException: database is down");
				assertThat(model.requests().get(2).functionCallOutputs()).last()
					.asString()
					.contains("StackOverflowError: deep");
				assertThat(result.items()).filteredOn(ThreadItem.DynamicToolCall.class::isInstance)
					.hasSize(2)
					.allSatisfy((item) -> assertThat(((ThreadItem.DynamicToolCall) item).success()).isFalse());
			}
		}
	}

	@Test
	void handlerPastItsTimeoutIsInterruptedAndTheModelSeesAFailure() throws Exception {
		CountDownLatch interrupted = new CountDownLatch(1);
		DynamicTool slow = DynamicTool.of("slow", "Takes long", Json.parse("{\"type\":\"object\"}"), (call) -> {
			try {
				Thread.sleep(60_000);
				return DynamicToolResult.text("too late");
			}
			catch (InterruptedException ex) {
				interrupted.countDown();
				throw ex;
			}
		}).withTimeout(Duration.ofMillis(500));
		try (MockModel model = MockModel.start()) {
			model.enqueue(MockResponse.functionCall("call-1", "slow", "{}"), MockResponse.text("moved on"));
			try (Codex codex = Codex.start(Fixtures.config(model).experimentalApi(true).build())) {
				CodexThread thread = codex
					.startThread(ThreadOptions.builder().ephemeral(true).dynamicTool(slow).build());
				long start = System.nanoTime();
				TurnResult result = thread.run("do the slow thing");

				assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
				assertThat(result.finalResponse()).isEqualTo("moved on");
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
				assertThat(model.requests().get(1).functionCallOutputs()).singleElement()
					.asString()
					.contains("did not finish within its timeout of 500 ms");
				// the handler's thread was interrupted, not left sleeping
				assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
			}
		}
	}

	@Test
	void dynamicToolsNeedTheExperimentalApi() {
		DynamicTool tool = DynamicTool.of("noop", "Does nothing", Json.parse("{\"type\":\"object\"}"),
				(call) -> DynamicToolResult.text("ok"));
		try (MockModel model = MockModel.start();
				Codex codex = Codex.start(Fixtures.config(model).build())) {
			assertThatThrownBy(() -> codex.startThread(ThreadOptions.builder().dynamicTool(tool).build()))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("experimental")
				.hasMessageContaining("experimentalApi(true)")
				.hasMessageContaining("noop");
			assertThat(model.requestCount()).isZero();
		}
	}

	private static JsonNode toolNamed(RecordedRequest request, String name) {
		for (JsonNode tool : request.json().path("tools")) {
			if (name.equals(tool.path("name").asString(null)) || name.equals(tool.path("function").path("name").asString(null))) {
				return tool;
			}
		}
		return null;
	}

	@Test
	void aForkOfAThreadWithToolsRunsTheToolsTheServerOffersIt() {
		List<String> calls = new CopyOnWriteArrayList<>();
		DynamicTool tool = DynamicTool.of("probe", "Probe", Json.parse("{\"type\":\"object\"}"), (call) -> {
			calls.add(call.threadId());
			return DynamicToolResult.text("tool ran");
		});
		try (MockModel model = MockModel.start()) {
			model.enqueue(MockResponse.text("first"), MockResponse.functionCall("c1", "probe", "{}"),
					MockResponse.text("done"));
			try (Codex codex = Codex.start(Fixtures.config(model).experimentalApi(true).build())) {
				CodexThread thread = codex.startThread(ThreadOptions.builder().dynamicTool(tool).build());
				TurnResult first = thread.run("one");
				CodexThread fork = thread.fork(ForkOptions.builder().lastTurnId(first.id()).build());
				fork.run("two");
				List<String> outputs = model.requests().get(model.requests().size() - 1).functionCallOutputs();
				assertThat(outputs).singleElement().asString().contains("tool ran");
				assertThat(calls).containsExactly(fork.id());
			}
		}
	}

}
