package dev.codexjava.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Human-in-the-loop approvals over HTTP, on the real binary and the demo model with
 * {@code sample.approvals.enabled=true}: the turn's stream carries an {@code approval} event, a
 * {@code POST /api/approvals/{id}} allows or declines it, the turn goes on accordingly, and the decision is counted
 * as {@code codex.approvals{decision}}.
 */
// the same properties and imports as the other approval tests: one shared context
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sample.demo-model.enabled=true",
		"codex.api-key=", "sample.approvals.enabled=true", "sample.stream.heartbeat=200ms" })
@Import(TurnRecorder.class)
class SampleApprovalsHttpTest {

	private static final String METHOD = "item/commandExecution/requestApproval";

	@LocalServerPort
	private int port;

	@Autowired
	private DemoModel demo;

	@Test
	void anAllowedCommandRunsAndTheTurnFinishes() throws Exception {
		Path written = this.demo.workspace().resolve("approved.txt");
		Files.deleteIfExists(written);
		double before = approvals("accept");
		List<SseClient.Event> events = streamAndAnswer("accept");

		JsonNode approval = only(events, "approval");
		assertThat(approval.path("id").asString()).as("128 random bits, base64url").matches("[A-Za-z0-9_-]{22}");
		assertThat(approval.path("kind").asString()).isEqualTo("command");
		assertThat(approval.path("command").asString()).contains("approved.txt");
		assertThat(approval.path("reason").asString()).isNotBlank();
		assertThat(approval.has("raw")).as("no raw params").isFalse();
		assertThat(only(events, "approval-decided").path("decision").asString()).isEqualTo("accept");
		JsonNode command = commandItem(events);
		assertThat(command.path("status").asString()).isEqualTo("completed");
		assertThat(command.path("exitCode").asInt()).isZero();
		JsonNode result = events.get(events.size() - 1).data();
		assertThat(result.path("status").asString()).isEqualTo("completed");
		assertThat(result.path("finalResponse").asString()).startsWith("You allowed it");
		assertThat(written).content().contains("after a person allowed it");
		assertThat(approvals("accept") - before).isEqualTo(1);

		SseClient client = new SseClient(this.port);
		assertThat(client.post("/api/approvals/" + approval.path("id").asString(), "{\"decision\":\"decline\"}")
			.statusCode()).as("a decided request cannot be answered again").isEqualTo(404);
	}

	@Test
	void aDeclinedCommandDoesNotRunAndTheTurnGoesOn() throws Exception {
		Path written = this.demo.workspace().resolve("approved.txt");
		Files.deleteIfExists(written);
		double before = approvals("decline");
		List<SseClient.Event> events = streamAndAnswer("decline");

		assertThat(only(events, "approval-decided").path("decision").asString()).isEqualTo("decline");
		assertThat(commandItem(events).path("status").asString()).isEqualTo("declined");
		JsonNode result = events.get(events.size() - 1).data();
		assertThat(result.path("status").asString()).isEqualTo("completed");
		assertThat(result.path("finalResponse").asString()).contains("did not run");
		assertThat(written).doesNotExist();
		assertThat(approvals("decline") - before).isEqualTo(1);
	}

	@Test
	void unknownIdsAndOtherDecisionsAreRefused() {
		SseClient client = new SseClient(this.port);
		assertThat(client.post("/api/approvals/AAAAAAAAAAAAAAAAAAAAAA", "{\"decision\":\"accept\"}").statusCode())
			.isEqualTo(404);
		assertThat(client.post("/api/approvals/AAAAAAAAAAAAAAAAAAAAAA", "{\"decision\":\"acceptForSession\"}")
			.statusCode()).isEqualTo(400);
	}

	private List<SseClient.Event> streamAndAnswer(String decision) throws Exception {
		SseClient client = new SseClient(this.port);
		String thread = client.startThread();
		AtomicInteger answered = new AtomicInteger();
		List<SseClient.Event> events = client.streamTurn(thread, "Create a file, please", (event) -> {
			if (event.name().equals("approval")) {
				answered.set(client.post("/api/approvals/" + event.data().path("id").asString(),
						"{\"decision\":\"" + decision + "\"}").statusCode());
			}
		});
		assertThat(answered).hasValue(204);
		assertThat(events.get(events.size() - 1).name()).isEqualTo("completed");
		return events;
	}

	private static JsonNode only(List<SseClient.Event> events, String name) {
		List<JsonNode> found = events.stream().filter((event) -> event.name().equals(name))
			.map(SseClient.Event::data).toList();
		assertThat(found).as(name + " events").hasSize(1);
		return found.get(0);
	}

	private static JsonNode commandItem(List<SseClient.Event> events) {
		return events.stream().filter((event) -> event.name().equals("item")
				&& event.data().path("type").asString().equals("commandExecution"))
			.map(SseClient.Event::data).findFirst().orElseThrow();
	}

	private double approvals(String decision) {
		JsonNode metric = SseClient.json(new SseClient(this.port)
			.get("/actuator/metrics/codex.approvals?tag=decision:" + decision + "&tag=method:" + METHOD).body());
		return metric.path("measurements").path(0).path("value").asDouble(0);
	}

}
