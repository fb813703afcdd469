package dev.codexjava.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The sample's main flow over HTTP, on the real {@code codex} binary and the offline demo model: start a thread, run
 * a turn (JSON), stream a turn (Server-Sent Events), list threads, and the Actuator endpoints.
 */
// always the demo model, also on a machine with OPENAI_API_KEY set
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.demo-model.enabled=true", "codex.api-key=" })
class SampleAppHttpTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** What the page accepts from the stream endpoint: the events, or a problem detail if the turn cannot start. */
	private static final String STREAM_ACCEPT = "text/event-stream, application/problem+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	private int port;

	@org.springframework.beans.factory.annotation.Autowired
	private DemoModel demo;

	@Test
	void startsAThreadRunsAndStreamsTurnsAndListsThreads() {
		HttpResponse<String> started = post("/api/threads", "");
		assertThat(started.statusCode()).isEqualTo(201);
		String threadId = json(started.body()).path("id").asString();
		assertThat(threadId).isNotBlank();

		HttpResponse<String> ran = post("/api/threads/" + threadId + "/turns", "{\"prompt\":\"Hello, who are you?\"}");
		assertThat(ran.statusCode()).isEqualTo(200);
		JsonNode result = json(ran.body());
		assertThat(result.path("threadId").asString()).isEqualTo(threadId);
		assertThat(result.path("status").asString()).isEqualTo("completed");
		assertThat(result.path("finalResponse").asString()).contains("offline demo model")
			.contains("Hello, who are you?");
		assertThat(result.path("usage").path("totalTokens").asLong()).isPositive();
		assertThat(result.path("usage").path("outputTokens").asLong()).isPositive();

		List<SseEvent> events = assertTimeoutPreemptively(TIMEOUT,
				() -> stream("/api/threads/" + threadId + "/turns/stream", "{\"prompt\":\"List the files, please\"}"));
		assertStreamedCommandTurn(events, threadId);

		HttpResponse<String> listed = get("/api/threads");
		assertThat(listed.statusCode()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		json(listed.body()).forEach((thread) -> ids.add(thread.path("id").asString()));
		assertThat(ids).contains(threadId);
	}

	private static void assertStreamedCommandTurn(List<SseEvent> events, String threadId) {
		List<String> names = events.stream().map(SseEvent::name).toList();
		assertThat(names).first().isEqualTo("accepted");
		assertThat(names).last().isEqualTo("completed");
		assertThat(names).containsSubsequence("accepted", "started", "item-started", "item", "delta", "delta", "item", "usage",
				"completed");

		int command = indexOf(events, "item", "commandExecution");
		int firstDelta = names.indexOf("delta");
		int lastDelta = names.lastIndexOf("delta");
		int message = indexOf(events, "item", "agentMessage");
		int completed = names.indexOf("completed");
		assertThat(command).as("the command completes before the answer streams").isBetween(0, firstDelta);
		assertThat(message).as("the answer item completes after its deltas").isGreaterThan(lastDelta);
		assertThat(completed).isGreaterThan(message);
		assertThat(names.stream().filter("delta"::equals).count()).isGreaterThan(5);

		JsonNode commandItem = events.get(command).data();
		assertThat(commandItem.path("command").asString()).contains(DemoAnswers.COMMAND);
		assertThat(commandItem.path("status").asString()).isEqualTo("completed");
		assertThat(commandItem.path("exitCode").asInt()).isZero();
		assertThat(commandItem.path("output").asString()).contains("README.md");

		StringBuilder streamed = new StringBuilder();
		events.stream().filter((event) -> event.name().equals("delta"))
			.forEach((event) -> streamed.append(event.data().path("text").asString()));
		String answer = events.get(message).data().path("text").asString();
		assertThat(streamed.toString()).isEqualTo(answer);
		assertThat(answer).contains("README.md", "notes.txt", "src/");

		JsonNode result = events.get(completed).data();
		assertThat(result.path("threadId").asString()).isEqualTo(threadId);
		assertThat(result.path("status").asString()).isEqualTo("completed");
		assertThat(result.path("finalResponse").asString()).isEqualTo(answer);
		assertThat(result.path("usage").path("totalTokens").asLong()).isPositive();
	}

	@Test
	void withApprovalsOffNothingIsAskedAndTheCommandDoesNotRun() throws Exception {
		SseClient client = new SseClient(this.port);
		String threadId = client.startThread();
		List<SseClient.Event> events = assertTimeoutPreemptively(TIMEOUT,
				() -> client.streamTurn(threadId, "Create a file, please", (event) -> {
				}));
		List<String> names = events.stream().map(SseClient.Event::name).toList();
		assertThat(names).doesNotContain("approval", "approval-decided").last().isEqualTo("completed");
		assertThat(events.get(events.size() - 1).data().path("finalResponse").asString()).contains("did not run");
		assertThat(java.nio.file.Files.exists(this.demo.workspace().resolve("approved.txt"))).isFalse();
	}

	@Test
	void healthShowsCodexUpWithDetails() {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode codex = json(response.body()).path("components").path("codex");
		assertThat(codex.path("status").asString()).isEqualTo("UP");
		JsonNode details = codex.path("details");
		assertThat(details.path("state").asString()).isEqualTo("READY");
		assertThat(details.path("version").asString()).isEqualTo(System.getProperty("codex.version", "0.169.0"));
		assertThat(details.path("pid").asLong()).isPositive();
		assertThat(details.path("apiKeyConfigured").asBoolean()).isFalse();
	}

	@Test
	void metricsAndInfoAnswer() {
		HttpResponse<String> metrics = get("/actuator/metrics");
		assertThat(metrics.statusCode()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		json(metrics.body()).path("names").forEach((name) -> names.add(name.asString()));
		assertThat(names).contains("jvm.memory.used");

		HttpResponse<String> info = get("/actuator/info");
		assertThat(info.statusCode()).isEqualTo(200);
		JsonNode body = json(info.body());
		assertThat(body.path("sample").path("mode").asString()).isEqualTo("demo");
		JsonNode codex = body.path("codex");
		assertThat(codex.path("serverVersion").asString()).isNotBlank();
		assertThat(codex.path("sdkVersion").asString()).isNotBlank();
		assertThat(codex.path("minimumServerVersion").asString()).isEqualTo("0.169.0");
		assertThat(codex.toString()).doesNotContain("/").doesNotContainIgnoringCase("token");
	}

	@Test
	void servesThePageAndTheMode() {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).timeout(TIMEOUT).header("Accept", "text/html").GET());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<title>Codex for Java", "id=\"prompt\"");
		JsonNode mode = json(get("/api/mode").body());
		assertThat(mode.path("demo").asBoolean()).isTrue();
		assertThat(mode.path("label").asString()).isEqualTo("DEMO MODEL (offline)");
	}

	@Test
	void rejectsABlankPromptAndAnUnknownThread() {
		String threadId = json(post("/api/threads", "").body()).path("id").asString();
		assertThat(post("/api/threads/" + threadId + "/turns", "{\"prompt\":\"  \"}").statusCode()).isEqualTo(400);
		HttpResponse<String> blankStream = send(HttpRequest.newBuilder(uri("/api/threads/" + threadId + "/turns/stream"))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", STREAM_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(blankStream.statusCode()).isEqualTo(400);
		assertThat(json(blankStream.body()).path("detail").asString()).contains("prompt");
		HttpResponse<String> unknown = post("/api/threads/00000000-0000-0000-0000-000000000000/turns",
				"{\"prompt\":\"hi\"}");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json(unknown.body()).path("detail").asString()).contains("00000000-0000-0000-0000-000000000000");
	}

	/** Sends the POST and collects the Server-Sent Events until the server ends the stream. */
	private List<SseEvent> stream(String path, String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", STREAM_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<Stream<String>> response = this.http.send(request, HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/event-stream"));
		List<SseEvent> events = new ArrayList<>();
		try (Stream<String> lines = response.body()) {
			String name = null;
			StringBuilder data = new StringBuilder();
			for (Iterator<String> it = lines.iterator(); it.hasNext();) {
				String line = it.next();
				if (line.isEmpty()) {
					if (name != null) {
						events.add(new SseEvent(name, json(data.toString())));
					}
					name = null;
					data.setLength(0);
				}
				else if (line.startsWith("event:")) {
					name = line.substring("event:".length()).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring("data:".length()));
				}
			}
		}
		return events;
	}

	private static int indexOf(List<SseEvent> events, String name, String type) {
		for (int i = 0; i < events.size(); i++) {
			if (events.get(i).name().equals(name) && type.equals(events.get(i).data().path("type").asString())) {
				return i;
			}
		}
		return -1;
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Accept", "application/json").GET());
	}

	private HttpResponse<String> post(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	/** One Server-Sent Event: its name and JSON data. */
	private record SseEvent(String name, JsonNode data) {
	}

}
