package dev.codexjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.codexjava.testkit.SseFrames.Frame;
import tools.jackson.databind.JsonNode;

class MockModelTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final String USER_BODY = "{\"model\":\"mock-model\",\"stream\":true,\"input\":["
			+ "{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"hi\"}]}]}";

	private MockModel model;

	@BeforeEach
	void start() {
		this.model = MockModel.start();
	}

	@AfterEach
	void close() {
		this.model.close();
	}

	@Test
	void listensOnLoopbackOnly() {
		assertThat(this.model.port()).isPositive();
		assertThat(this.model.baseUrl()).isEqualTo("http://127.0.0.1:" + this.model.port() + "/v1");
		assertThat(this.model).hasToString("MockModel[" + this.model.baseUrl() + "]");
	}

	@Test
	void queuedResponsesAnswerInOrderThenTheDefault() throws Exception {
		this.model.enqueue(MockResponse.text("one"), MockResponse.text("two"));

		assertThat(answer(post(USER_BODY))).isEqualTo("one");
		assertThat(answer(post(USER_BODY))).isEqualTo("two");
		assertThat(answer(post(USER_BODY))).isEqualTo("ok");
	}

	@Test
	void defaultResponseCanBeReplaced() throws Exception {
		this.model.defaultResponse(MockResponse.text("fallback"));

		assertThat(answer(post(USER_BODY))).isEqualTo("fallback");
		assertThat(answer(post(USER_BODY))).isEqualTo("fallback");
	}

	@Test
	void routerAnswersWhenTheQueueIsEmptyAndNullFallsBackToTheDefault() throws Exception {
		this.model.respondWith((request) -> {
			if (request.functionCallOutputCount() > 0) {
				return MockResponse.text("after tool: " + request.functionCallOutputs().get(0));
			}
			return "skip".equals(request.lastUserText()) ? null : MockResponse.text("routed " + request.lastUserText());
		});
		this.model.enqueue(MockResponse.text("queued first"));

		assertThat(answer(post(USER_BODY))).isEqualTo("queued first");
		assertThat(answer(post(USER_BODY))).isEqualTo("routed hi");
		assertThat(answer(post(USER_BODY.replace("\"hi\"", "\"skip\"")))).isEqualTo("ok");
		String toolOutput = "{\"input\":[{\"type\":\"function_call_output\",\"call_id\":\"c\",\"output\":\"42\"}]}";
		assertThat(answer(post(toolOutput)))
			.isEqualTo("after tool: 42");

		this.model.respondWith(null);
		assertThat(answer(post(USER_BODY))).isEqualTo("ok");
	}

	@Test
	void aFailingRouterGives500() throws Exception {
		this.model.respondWith((request) -> {
			throw new IllegalStateException("boom");
		});

		HttpResponse<String> response = post(USER_BODY);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("router failed");
		assertThat(this.model.requestCount()).isEqualTo(1);
	}

	@Test
	void recordsRequestsWithPathHeadersAndBody() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.model.baseUrl() + "/responses"))
			.header("Content-Type", "application/json")
			.header("Originator", "testkit")
			.POST(HttpRequest.BodyPublishers.ofString(USER_BODY))
			.build();
		CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(this.model.requestCount()).isEqualTo(1);
		List<RecordedRequest> requests = this.model.requests();
		assertThat(requests).hasSize(1);
		RecordedRequest recorded = requests.get(0);
		assertThat(recorded.path()).isEqualTo("/v1/responses");
		assertThat(recorded.body()).isEqualTo(USER_BODY);
		assertThat(recorded.header("originator")).isEqualTo("testkit");
		assertThat(recorded.headers().get("ORIGINATOR")).containsExactly("testkit");
		assertThat(recorded.lastUserText()).isEqualTo("hi");
		assertThat(recorded.model()).isEqualTo("mock-model");
		assertThat(this.model.awaitRequest(0, WAIT)).isEqualTo(recorded);

		post(USER_BODY);
		assertThat(requests).as("a snapshot").hasSize(1);
		assertThat(this.model.requests()).hasSize(2);
	}

	@Test
	void awaitRequestBlocksUntilTheRequestArrives() throws Exception {
		CompletableFuture<RecordedRequest> second = CompletableFuture
			.supplyAsync(() -> this.model.awaitRequest(1, WAIT));
		post(USER_BODY);
		assertThat(second).isNotDone();

		post(USER_BODY.replace("\"hi\"", "\"second\""));

		assertThat(second.get(10, TimeUnit.SECONDS).lastUserText()).isEqualTo("second");
	}

	@Test
	void awaitRequestTimesOutWithAClearMessage() {
		assertThatThrownBy(() -> this.model.awaitRequest(0, Duration.ofMillis(50)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("request #0")
			.hasMessageContaining("only 0 arrived");
		assertThatThrownBy(() -> this.model.awaitRequest(-1, WAIT)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void closeReleasesAwaitRequest() throws Exception {
		CompletableFuture<RecordedRequest> waiting = CompletableFuture
			.supplyAsync(() -> this.model.awaitRequest(0, Duration.ofMinutes(1)));

		this.model.close();

		assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
			.hasMessageContaining("closed");
	}

	@Test
	void resetForgetsQueueAndRequests() throws Exception {
		this.model.enqueue(MockResponse.text("queued"));
		post(USER_BODY);
		this.model.enqueue(MockResponse.text("forgotten"));

		this.model.reset();

		assertThat(this.model.requests()).isEmpty();
		assertThat(this.model.requestCount()).isZero();
		assertThat(answer(post(USER_BODY))).isEqualTo("ok");
	}

	@Test
	void otherPathsAre404AndOtherMethods405() throws Exception {
		HttpResponse<String> models = CLIENT.send(
				HttpRequest.newBuilder(URI.create(this.model.baseUrl() + "/models")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> get = CLIENT.send(
				HttpRequest.newBuilder(URI.create(this.model.baseUrl() + "/responses")).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(models.statusCode()).isEqualTo(404);
		assertThat(get.statusCode()).isEqualTo(405);
		assertThat(get.headers().firstValue("allow")).hasValue("POST");
		assertThat(this.model.requestCount()).isZero();
	}

	@Test
	void httpErrorSendsStatusBodyAndHeaders() throws Exception {
		String body = "{\"error\":{\"code\":\"server_is_overloaded\",\"message\":\"busy\"}}";
		this.model.enqueue(MockResponse.httpError(503, body),
				MockResponse.httpError(429, "{}").withHeader("retry-after", "1"));

		HttpResponse<String> first = post(USER_BODY);
		HttpResponse<String> second = post(USER_BODY);

		assertThat(first.statusCode()).isEqualTo(503);
		assertThat(first.body()).isEqualTo(body);
		assertThat(first.headers().firstValue("content-type")).hasValue("application/json");
		assertThat(second.statusCode()).isEqualTo(429);
		assertThat(second.headers().firstValue("retry-after")).hasValue("1");
	}

	@Test
	void textIsCreatedDoneCompletedWithDefaultUsage() throws Exception {
		this.model.enqueue(MockResponse.text("Hello from mock"));

		HttpResponse<String> response = post(USER_BODY);
		List<Frame> frames = SseFrames.parse(response.body());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
		assertThat(response.body()).startsWith("event: response.created\ndata: {\"type\":\"response.created\"");
		assertThat(SseFrames.types(frames)).containsExactly("response.created", "response.output_item.done",
				"response.completed");
		frames.forEach((frame) -> assertThat(frame.type()).isEqualTo(frame.event()));
		JsonNode item = frames.get(1).data().get("item");
		assertThat(TestkitJson.string(item.get("type"))).isEqualTo("message");
		assertThat(TestkitJson.string(item.get("role"))).isEqualTo("assistant");
		assertThat(TestkitJson.string(item.get("id"))).isEqualTo("msg-1");
		assertThat(item.get("content")).hasSize(1);
		assertThat(TestkitJson.string(item.get("content").get(0).get("type"))).isEqualTo("output_text");
		assertThat(TestkitJson.string(item.get("content").get(0).get("text"))).isEqualTo("Hello from mock");
		JsonNode completed = frames.get(2).data().get("response");
		assertThat(TestkitJson.string(completed.get("id"))).isEqualTo("resp-1");
		assertUsage(completed.get("usage"), 10, 0, 5, 0, 15);
	}

	@Test
	void idsAreUniquePerServedResponse() throws Exception {
		MockResponse same = MockResponse.text("again");
		this.model.enqueue(same, same);

		List<Frame> first = SseFrames.parse(post(USER_BODY).body());
		List<Frame> second = SseFrames.parse(post(USER_BODY).body());

		assertThat(TestkitJson.string(first.get(1).data().at("/item/id"))).isEqualTo("msg-1");
		assertThat(TestkitJson.string(second.get(1).data().at("/item/id"))).isEqualTo("msg-2");
		assertThat(TestkitJson.string(second.get(2).data().at("/response/id"))).isEqualTo("resp-2");
	}

	@Test
	void streamedSendsAddedDeltasDoneCompleted() throws Exception {
		this.model.enqueue(MockResponse.streamed("DONE-TEXT", List.of("AAA", "BBB")));

		List<Frame> frames = SseFrames.parse(post(USER_BODY).body());

		assertThat(SseFrames.types(frames)).containsExactly("response.created", "response.output_item.added",
				"response.output_text.delta", "response.output_text.delta", "response.output_item.done",
				"response.completed");
		JsonNode added = frames.get(1).data().get("item");
		assertThat(TestkitJson.string(added.get("id"))).isEqualTo("msg-1");
		assertThat(TestkitJson.string(added.get("type"))).isEqualTo("message");
		assertThat(added.get("content")).isEmpty();
		for (int i = 0; i < 2; i++) {
			JsonNode delta = frames.get(2 + i).data();
			assertThat(TestkitJson.string(delta.get("item_id"))).isEqualTo("msg-1");
			assertThat(delta.get("output_index").asInt()).isZero();
			assertThat(delta.get("content_index").asInt()).isZero();
			assertThat(TestkitJson.string(delta.get("delta"))).isEqualTo(List.of("AAA", "BBB").get(i));
		}
		assertThat(TestkitJson.string(frames.get(4).data().at("/item/id"))).isEqualTo("msg-1");
		assertThat(TestkitJson.string(frames.get(4).data().at("/item/content/0/text"))).isEqualTo("DONE-TEXT");
		assertUsage(frames.get(5).data().at("/response/usage"), 10, 0, 5, 0, 15);
	}

	@Test
	void deltasRepeatTheTokenAndJoinThemForTheFinalText() throws Exception {
		this.model.enqueue(MockResponse.deltas(100, "x"));

		List<Frame> frames = SseFrames.parse(post(USER_BODY).body());

		assertThat(frames).filteredOn((frame) -> frame.event().equals("response.output_text.delta"))
			.hasSize(100)
			.allSatisfy((frame) -> assertThat(TestkitJson.string(frame.data().get("delta"))).isEqualTo("x"));
		assertThat(TestkitJson.string(frames.get(frames.size() - 2).data().at("/item/content/0/text")))
			.isEqualTo("x".repeat(100));
	}

	@Test
	void toolCallSendsAFunctionCallWhoseArgumentsAreAJsonString() throws Exception {
		this.model.enqueue(MockResponse.toolCall("call-1", "touch /tmp/x && echo created", true),
				MockResponse.toolCall("call-2", "ls", false));

		List<Frame> escalated = SseFrames.parse(post(USER_BODY).body());
		List<Frame> plain = SseFrames.parse(post(USER_BODY).body());

		assertThat(SseFrames.types(escalated)).containsExactly("response.created", "response.output_item.done",
				"response.completed");
		JsonNode item = escalated.get(1).data().get("item");
		assertThat(TestkitJson.string(item.get("type"))).isEqualTo("function_call");
		assertThat(TestkitJson.string(item.get("name"))).isEqualTo("exec_command");
		assertThat(TestkitJson.string(item.get("call_id"))).isEqualTo("call-1");
		assertThat(item.get("arguments").isString()).isTrue();
		JsonNode arguments = TestkitJson.read(TestkitJson.string(item.get("arguments")));
		assertThat(TestkitJson.string(arguments.get("cmd"))).isEqualTo("touch /tmp/x && echo created");
		assertThat(TestkitJson.string(arguments.get("sandbox_permissions"))).isEqualTo("require_escalated");
		assertThat(TestkitJson.string(arguments.get("justification"))).isNotBlank();
		assertThat(arguments.get("login").isBoolean()).isTrue();
		assertThat(arguments.get("login").asBoolean()).isFalse();
		JsonNode plainArguments = TestkitJson.read(TestkitJson.string(plain.get(1).data().at("/item/arguments")));
		assertThat(TestkitJson.string(plainArguments.get("sandbox_permissions"))).isEqualTo("use_default");
	}

	@Test
	void failedAndOverloadedEndWithResponseFailed() throws Exception {
		this.model.enqueue(MockResponse.failed("context_length_exceeded", "too long"), MockResponse.overloaded());

		List<Frame> failed = SseFrames.parse(post(USER_BODY).body());
		List<Frame> overloaded = SseFrames.parse(post(USER_BODY).body());

		assertThat(SseFrames.types(failed)).containsExactly("response.created", "response.failed");
		assertThat(TestkitJson.string(failed.get(1).data().at("/response/error/code")))
			.isEqualTo("context_length_exceeded");
		assertThat(TestkitJson.string(failed.get(1).data().at("/response/error/message"))).isEqualTo("too long");
		assertThat(TestkitJson.string(failed.get(1).data().at("/response/id"))).isEqualTo("resp-1");
		assertThat(TestkitJson.string(overloaded.get(1).data().at("/response/error/code")))
			.isEqualTo("server_is_overloaded");
		assertThat(TestkitJson.string(overloaded.get(1).data().at("/response/error/message")))
			.isEqualTo("mock overloaded");
	}

	@Test
	void withUsageAndWithoutUsageShapeTheCompletion() throws Exception {
		this.model.enqueue(MockResponse.text("a").withUsage(120, 20, 30, 7, 150),
				MockResponse.text("b").withoutUsage());

		List<Frame> withUsage = SseFrames.parse(post(USER_BODY).body());
		List<Frame> withoutUsage = SseFrames.parse(post(USER_BODY).body());

		assertUsage(withUsage.get(2).data().at("/response/usage"), 120, 20, 30, 7, 150);
		assertThat(withoutUsage.get(2).data().get("response").has("usage")).isFalse();
		assertThat(TestkitJson.string(withoutUsage.get(2).data().at("/response/id"))).isEqualTo("resp-2");
	}

	@Test
	void withoutCompletionEndsTheBodyBeforeTheFinalEvent() throws Exception {
		this.model.enqueue(MockResponse.streamed("x", List.of("x")).withoutCompletion(),
				MockResponse.overloaded().withoutCompletion());

		assertThat(SseFrames.types(SseFrames.parse(post(USER_BODY).body()))).containsExactly("response.created",
				"response.output_item.added", "response.output_text.delta", "response.output_item.done");
		assertThat(SseFrames.types(SseFrames.parse(post(USER_BODY).body()))).containsExactly("response.created");
	}

	@Test
	void eventDelayPacesEveryEvent() throws Exception {
		this.model.enqueue(MockResponse.text("slow").withEventDelay(Duration.ofMillis(40)));

		long started = System.nanoTime();
		List<Frame> frames = SseFrames.parse(post(USER_BODY).body());
		long elapsedMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(frames).hasSize(3);
		assertThat(elapsedMs).isGreaterThanOrEqualTo(3 * 40);
	}

	@Test
	void eventsAreFlushedOneByOneInChunks() throws Exception {
		this.model.enqueue(MockResponse.streamed("ab", List.of("a", "b")).withStall());
		try (Socket socket = rawPost()) {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			List<String> head = readHead(reader);
			assertThat(head.get(0)).isEqualTo("HTTP/1.1 200 OK");
			assertThat(head).anySatisfy((line) -> assertThat(line).isEqualToIgnoringCase("transfer-encoding: chunked"));
			// the stall holds the final event back, so everything seen here was flushed event by event
			assertThat(readUntilLineContains(reader, "response.output_item.done")).noneMatch((line) -> line.contains(
					"response.completed"));
		}
	}

	@Test
	void aStallEndsWhenTheModelCloses() throws Exception {
		this.model.enqueue(MockResponse.streamed("never", List.of("a", "b")).withStall());
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.model.baseUrl() + "/responses"))
			.POST(HttpRequest.BodyPublishers.ofString(USER_BODY))
			.build();
		InputStream body = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
		BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
		readUntilLineContains(reader, "response.output_item.done");
		CompletableFuture<List<String>> rest = CompletableFuture.supplyAsync(() -> readToEnd(reader));

		long started = System.nanoTime();
		this.model.close();
		long closeMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(rest.get(10, TimeUnit.SECONDS)).noneMatch((line) -> line.contains("response.completed"));
		assertThat(closeMs).isLessThan(2000);
		assertThat(this.model.awaitNoOpenExchanges(WAIT)).isTrue();
	}

	@Test
	void aStallEndsWhenTheClientDisconnectsAndTheModelKeepsServing() throws Exception {
		this.model.enqueue(MockResponse.streamed("never", List.of("a")).withStall());
		try (Socket socket = rawPost()) {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			readUntilLineContains(reader, "response.output_item.done");
			assertThat(this.model.awaitNoOpenExchanges(Duration.ofMillis(10))).as("still stalled").isFalse();
		}

		assertThat(this.model.awaitNoOpenExchanges(WAIT)).as("handler ended after the disconnect").isTrue();
		assertThat(answer(post(USER_BODY))).isEqualTo("ok");
	}

	@Test
	void aSlowStreamEndsPromptlyWhenTheModelCloses() throws Exception {
		this.model.enqueue(MockResponse.deltas(10, "x").withEventDelay(Duration.ofSeconds(30)));
		CompletableFuture<HttpResponse<String>> response = CLIENT.sendAsync(
				HttpRequest.newBuilder(URI.create(this.model.baseUrl() + "/responses"))
					.POST(HttpRequest.BodyPublishers.ofString(USER_BODY))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		this.model.awaitRequest(0, WAIT);

		long started = System.nanoTime();
		this.model.close();
		long closeMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(closeMs).isLessThan(2000);
		assertThat(this.model.awaitNoOpenExchanges(WAIT)).isTrue();
		// the client sees the stream end one way or another, never the completion
		assertThat(response).failsWithin(Duration.ofSeconds(10));
	}

	@Test
	void concurrentSlowStreamsAreServedInParallel() throws Exception {
		this.model.defaultResponse(MockResponse.deltas(5, "y").withEventDelay(Duration.ofMillis(20)));
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			responses.add(CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(this.model.baseUrl() + "/responses"))
				.POST(HttpRequest.BodyPublishers.ofString(USER_BODY))
				.build(), HttpResponse.BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> response : responses) {
			assertThat(SseFrames.types(SseFrames.parse(response.get(10, TimeUnit.SECONDS).body())))
				.endsWith("response.completed");
		}
		assertThat(this.model.requestCount()).isEqualTo(6);
	}

	@Test
	void closeIsIdempotentStopsListeningAndLeavesNoThreads() throws Exception {
		post(USER_BODY);
		assertThat(liveModelThreads()).isNotEmpty();
		int port = this.model.port();

		this.model.close();
		this.model.close();

		// a pool thread can still be returning from run() right after termination: give it a bounded moment
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith(MockModel.THREAD_NAME_PREFIX)) {
				thread.join(2000);
			}
		}
		assertThat(liveModelThreads()).isEmpty();
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			}
		}).isInstanceOf(ConnectException.class);
	}

	private static List<String> liveModelThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(Thread::isAlive)
			.map(Thread::getName)
			.filter((name) -> name.startsWith(MockModel.THREAD_NAME_PREFIX))
			.toList();
	}

	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.model.baseUrl() + "/responses"))
			.header("Content-Type", "application/json")
			.timeout(WAIT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The final message text of an SSE answer. */
	private static String answer(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return SseFrames.parse(response.body())
			.stream()
			.filter((frame) -> frame.event().equals("response.output_item.done"))
			.map((frame) -> TestkitJson.string(frame.data().at("/item/content/0/text")))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private Socket rawPost() throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("127.0.0.1", this.model.port()), 5000);
		socket.setSoTimeout(10_000);
		byte[] body = USER_BODY.getBytes(StandardCharsets.UTF_8);
		OutputStream out = socket.getOutputStream();
		out.write(("POST /v1/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
		return socket;
	}

	private static List<String> readHead(BufferedReader reader) throws IOException {
		List<String> head = new ArrayList<>();
		String line;
		while ((line = reader.readLine()) != null && !line.isEmpty()) {
			head.add(line);
		}
		return head;
	}

	private static List<String> readUntilLineContains(BufferedReader reader, String text) throws IOException {
		List<String> lines = new ArrayList<>();
		String line;
		while ((line = reader.readLine()) != null) {
			lines.add(line);
			if (line.contains(text)) {
				return lines;
			}
		}
		throw new AssertionError("Stream ended before '" + text + "': " + lines);
	}

	private static List<String> readToEnd(BufferedReader reader) {
		List<String> lines = new ArrayList<>();
		try {
			String line;
			while ((line = reader.readLine()) != null) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			// a reset connection ends the stream too
		}
		return lines;
	}

	private static void assertUsage(JsonNode usage, long input, long cached, long output, long reasoning,
			long total) {
		assertThat(usage.get("input_tokens").asLong()).isEqualTo(input);
		assertThat(usage.at("/input_tokens_details/cached_tokens").asLong()).isEqualTo(cached);
		assertThat(usage.get("output_tokens").asLong()).isEqualTo(output);
		assertThat(usage.at("/output_tokens_details/reasoning_tokens").asLong()).isEqualTo(reasoning);
		assertThat(usage.get("total_tokens").asLong()).isEqualTo(total);
	}

}
