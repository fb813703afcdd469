package dev.codexjava.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.codexjava.spring.test.AutoConfigureCodexInMemory;
import dev.codexjava.testkit.InMemoryCodexServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @RetryOnOverload} on the sample's {@link ThreadRegistry} when the app-server answers a request with
 * JSON-RPC {@code -32001} ("Server overloaded; retry later"). The real binary answers that only under a load this
 * test cannot produce, so the sample's whole context (controllers, advice, meters) runs here against the testkit's
 * in-memory app-server ({@code @AutoConfigureCodexInMemory}); the serverOverloaded turn on the real binary is in
 * {@link SampleObservabilityTest}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.demo-model.enabled=false", "codex.api-key=", "codex.retry.delay=10ms",
				"codex.retry.max-delay=50ms" })
@AutoConfigureCodexInMemory
class SampleOverloadInMemoryTest {

	@LocalServerPort
	private int port;

	@Autowired
	private InMemoryCodexServer server;

	private ActuatorClient client;

	@BeforeEach
	void client() {
		this.client = new ActuatorClient(this.port);
	}

	@Test
	void startingAThreadIsRetriedWhenTheServerIsOverloadedAndTheRetryIsCounted() {
		String[] tags = { "source:advice", "method:ThreadRegistry.start" };
		double retries = this.client.count("codex.retries", tags);
		this.server.respondNext("thread/start", InMemoryCodexServer.OVERLOADED, InMemoryCodexServer.OVERLOADED);

		HttpResponse<String> started = this.client.post("/api/threads", "");

		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		assertThat(ActuatorClient.json(started.body()).path("id").asString()).isNotBlank();
		assertThat(this.server.requestCount("thread/start")).as("two overloaded attempts, then one accepted")
			.isEqualTo(3);
		assertThat(this.client.count("codex.retries", tags)).isEqualTo(retries + 2);
		assertThat(this.client.count("codex.retry.calls", "method:ThreadRegistry.start", "outcome:recovered"))
			.isEqualTo(1);
		// the SDK's own per-request retry is off inside the advised method: the advice's retries are the only ones
		assertThat(this.client.count("codex.retries", "source:sdk")).isZero();
	}

	@Test
	void runningATurnIsRetriedWhenTurnStartIsOverloaded() {
		String threadId = ActuatorClient.json(this.client.post("/api/threads", "").body()).path("id").asString();
		this.server.respondNext("turn/start", InMemoryCodexServer.OVERLOADED);

		HttpResponse<String> ran = this.client.post("/api/threads/" + threadId + "/turns", "{\"prompt\":\"Hello\"}");

		assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
		assertThat(ActuatorClient.json(ran.body()).path("finalResponse").asString()).isEqualTo("ok");
		assertThat(this.server.requestCount("turn/start")).isEqualTo(2);
		assertThat(this.client.count("codex.retries", "source:advice", "method:ThreadRegistry.runTurn")).isEqualTo(1);
	}

}
