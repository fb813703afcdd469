package dev.codexjava.sample;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tracing, retry-on-overload and the meters, on the real {@code codex} binary and the offline demo model: one HTTP
 * request that runs a turn is one trace (the turn's span and its {@code codex.rpc} spans descend from the HTTP server
 * span, and the log line carries the trace id); a turn the model answers "overloaded" is retried by
 * {@code ThreadRegistry.runTurn}'s {@code @RetryOnOverload} and counted.
 */
// the same configuration as SampleAppHttpTest: the cached context (and app-server) is shared
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.demo-model.enabled=true", "codex.api-key=" })
@ExtendWith(OutputCaptureExtension.class)
class SampleObservabilityTest {

	private static final String TURN_SPAN = "invoke_agent codex";

	@LocalServerPort
	private int port;

	@Autowired
	private DemoModel demo;

	private ActuatorClient client;

	@BeforeEach
	void client() {
		this.client = new ActuatorClient(this.port);
	}

	@Test
	void aTurnRequestIsOneTraceFromTheHttpServerSpanToTheTurnAndItsRpcSpans(CapturedOutput output) {
		String threadId = startThread();
		HttpResponse<String> ran = this.client.post("/api/threads/" + threadId + "/turns", "{\"prompt\":\"Hello\"}");
		assertThat(ran.statusCode()).isEqualTo(200);
		String traceId = ran.headers().firstValue(TraceIdHeaderConfiguration.HEADER).orElseThrow();
		assertThat(traceId).matches("[0-9a-f]{32}");

		// the spans end on other threads, around the time the response is written: wait for all three kinds
		List<JsonNode> spans = await().atMost(Duration.ofSeconds(10)).until(() -> spans(traceId),
				(list) -> find(list, "SERVER", null) != null && find(list, null, TURN_SPAN) != null
						&& list.stream().anyMatch((span) -> "turn/start".equals(span.path("tags").path("rpc.method").asString())));
		Map<String, JsonNode> byId = new HashMap<>();
		spans.forEach((span) -> byId.put(span.path("spanId").asString(), span));
		JsonNode server = find(spans, "SERVER", null);
		assertThat(server.path("parentId").isNull()).as("the HTTP server span is the root").isTrue();
		assertThat(server.path("name").asString()).isEqualTo("http post /api/threads/{id}/turns");

		JsonNode turn = find(spans, null, TURN_SPAN);
		assertThat(turn.path("traceId").asString()).isEqualTo(traceId);
		assertThat(turn.path("tags").path("gen_ai.conversation.id").asString()).isEqualTo(threadId);
		assertThat(turn.path("tags").path("outcome").asString()).isEqualTo("completed");
		assertThat(ancestors(turn, byId)).contains(server.path("spanId").asString());

		List<JsonNode> rpcs = spans.stream().filter((span) -> "jsonrpc".equals(span.path("tags").path("rpc.system").asString())).toList();
		assertThat(rpcs).extracting((span) -> span.path("tags").path("rpc.method").asString()).contains("turn/start");
		for (JsonNode rpc : rpcs) {
			assertThat(rpc.path("traceId").asString()).isEqualTo(traceId);
			assertThat(ancestors(rpc, byId)).contains(server.path("spanId").asString());
		}

		// Boot's log correlation: the sample's log line written while serving the request has its trace id
		assertThat(output.getOut().lines().filter((line) -> line.contains("Running a turn on thread " + threadId)))
			.singleElement().asString().contains(traceId);
	}

	@Test
	void anOverloadedTurnIsRetriedByRetryOnOverloadAndCounted() {
		String[] retryTags = { "source:advice", "method:ThreadRegistry.runTurn" };
		double retries = this.client.count("codex.retries", retryTags);
		double recovered = this.client.count("codex.retry.calls", "method:ThreadRegistry.runTurn", "outcome:recovered");
		double overloadedTurns = this.client.count("gen_ai.client.operation.duration", "error.type:serverOverloaded");
		String threadId = startThread();
		int modelRequests = this.demo.requestCount();
		// the demo model's next answer: "server_is_overloaded", which the binary reports as a turn failed with
		// codexErrorInfo serverOverloaded
		this.demo.mockModel().enqueue(MockResponse.overloaded());

		HttpResponse<String> ran = this.client.post("/api/threads/" + threadId + "/turns", "{\"prompt\":\"Hello again\"}");

		assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
		JsonNode result = ActuatorClient.json(ran.body());
		assertThat(result.path("status").asString()).isEqualTo("completed");
		assertThat(result.path("finalResponse").asString()).contains("offline demo model");
		assertThat(this.demo.requestCount() - modelRequests).as("the overloaded attempt and the retry").isEqualTo(2);
		assertThat(this.client.count("codex.retries", retryTags)).isEqualTo(retries + 1);
		assertThat(this.client.count("codex.retry.calls", "method:ThreadRegistry.runTurn", "outcome:recovered"))
			.isEqualTo(recovered + 1);
		// both attempts are GenAI operations: the failed one with its error type
		assertThat(this.client.count("gen_ai.client.operation.duration", "error.type:serverOverloaded"))
			.isEqualTo(overloadedTurns + 1);
	}

	@Test
	void afterATurnTheGenAiAndRetryMetersAreListed() {
		String threadId = startThread();
		assertThat(this.client.post("/api/threads/" + threadId + "/turns", "{\"prompt\":\"Hi\"}").statusCode())
			.isEqualTo(200);
		assertThat(this.client.count("gen_ai.client.operation.duration", "error.type:none")).isPositive();
		assertThat(this.client.count("codex.turns", "outcome:completed")).isPositive();
		List<String> names = new ArrayList<>();
		ActuatorClient.json(this.client.get("/actuator/metrics").body()).path("names")
			.forEach((name) -> names.add(name.asString()));
		assertThat(names).contains("gen_ai.client.operation.duration", "gen_ai.client.token.usage", "codex.turns",
				"codex.rpc", "codex.client.requests");
		// the retry meters exist once something was retried (counters are registered on first use); this test
		// does not depend on the order: it makes sure one retry happened in this context
		if (this.client.count("codex.retries", "source:advice") == 0) {
			this.demo.mockModel().enqueue(MockResponse.overloaded());
			assertThat(this.client.post("/api/threads/" + threadId + "/turns", "{\"prompt\":\"Hi\"}").statusCode())
				.isEqualTo(200);
		}
		assertThat(this.client.get("/actuator/metrics/codex.retries").statusCode()).isEqualTo(200);
		assertThat(this.client.get("/actuator/metrics/codex.retry.calls").statusCode()).isEqualTo(200);
	}

	private String startThread() {
		HttpResponse<String> started = this.client.post("/api/threads", "");
		assertThat(started.statusCode()).isEqualTo(201);
		return ActuatorClient.json(started.body()).path("id").asString();
	}

	private List<JsonNode> spans(String traceId) {
		HttpResponse<String> response = this.client.get("/api/traces/" + traceId);
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> spans = new ArrayList<>();
		ActuatorClient.json(response.body()).forEach(spans::add);
		return spans;
	}

	private static JsonNode find(List<JsonNode> spans, String kind, String name) {
		return spans.stream()
			.filter((span) -> kind == null || kind.equals(span.path("kind").asString()))
			.filter((span) -> name == null || name.equals(span.path("name").asString()))
			.findFirst()
			.orElse(null);
	}

	/** The span ids from the span's parent up to the root (as far as the spans are known). */
	private static List<String> ancestors(JsonNode span, Map<String, JsonNode> byId) {
		List<String> ancestors = new ArrayList<>();
		JsonNode current = span;
		while (!current.path("parentId").isNull() && !current.path("parentId").isMissingNode()
				&& ancestors.size() < 20) {
			String parent = current.path("parentId").asString();
			ancestors.add(parent);
			current = byId.get(parent);
			if (current == null) {
				break;
			}
		}
		return ancestors;
	}

}
