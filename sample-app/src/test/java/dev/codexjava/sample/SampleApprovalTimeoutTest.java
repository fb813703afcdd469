package dev.codexjava.sample;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approval request nobody answers is declined at {@code codex.approvals.timeout} (here 2 s): the page is told
 * ({@code approval-decided} {@code timeout}), the command does not run, the turn finishes, and the request is
 * counted as {@code codex.approvals{decision=timeout}}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sample.demo-model.enabled=true",
		"codex.api-key=", "sample.approvals.enabled=true", "codex.approvals.timeout=2s" })
class SampleApprovalTimeoutTest {

	@LocalServerPort
	private int port;

	@Autowired
	private DemoModel demo;

	@Test
	void anUnansweredRequestIsDeclinedAtTheDeadline() throws Exception {
		SseClient client = new SseClient(this.port);
		String thread = client.startThread();
		List<SseClient.Event> events = client.streamTurn(thread, "Create a file, please", (event) -> {
		});
		List<String> names = events.stream().map(SseClient.Event::name).toList();
		assertThat(names).containsSubsequence("approval", "approval-decided", "completed");
		JsonNode approval = events.get(names.indexOf("approval")).data();
		assertThat(approval.path("timeoutSeconds").asLong()).isEqualTo(2);
		assertThat(events.get(names.indexOf("approval-decided")).data().path("decision").asString())
			.isEqualTo("timeout");
		JsonNode result = events.get(events.size() - 1).data();
		assertThat(result.path("status").asString()).isEqualTo("completed");
		assertThat(result.path("finalResponse").asString()).contains("did not run");
		assertThat(this.demo.workspace().resolve(Path.of("approved.txt"))).doesNotExist();

		JsonNode metric = SseClient.json(client.get("/actuator/metrics/codex.approvals?tag=decision:timeout").body());
		assertThat(metric.path("measurements").path(0).path("value").asDouble()).isEqualTo(1);
		assertThat(client.get("/actuator/metrics/codex.approvals?tag=decision:decline").statusCode())
			.as("not counted as a person's decline too").isEqualTo(404);
	}

}
