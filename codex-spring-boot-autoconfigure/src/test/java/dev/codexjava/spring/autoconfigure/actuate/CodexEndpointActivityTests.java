package dev.codexjava.spring.autoconfigure.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.testsupport.MockBackend;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code codex} endpoint's activity (active turns with their age, restarts, retries) and its write operation
 * (interrupting a turn), off unless {@code management.endpoint.codex.interrupt.enabled=true}; on the real binary, with
 * secrets in the configuration and a recognisable prompt that must never show.
 */
class CodexEndpointActivityTests {

	private static final String API_KEY = "sk-endpoint-secret-never-shown";

	private static final String ENV_SECRET = "env-secret-never-shown";

	private static final String PROMPT = "PROMPT-that-must-never-show";

	@RegisterExtension
	final MockBackend backend = new MockBackend();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexActuatorAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=codex");

	private ApplicationContextRunner realBinary() {
		return this.runner.withPropertyValues("codex.binary=" + CodexBinaries.require(),
				"codex.codex-home=" + this.backend.home().path(),
				"codex.working-directory=" + this.backend.home().path(), "codex.api-key=" + API_KEY,
				"codex.env.MY_TOKEN=" + ENV_SECRET, "codex.supervision.initial-delay=10ms");
	}

	@Test
	void readOnlyByDefault() {
		this.runner.withPropertyValues("codex.lifecycle.auto-startup=false").run((context) -> {
			assertThat(context).hasSingleBean(CodexEndpoint.class)
				.doesNotHaveBean(CodexInterruptingEndpoint.class)
				.hasSingleBean(CodexActivity.class);
			assertThat(context.getBean(CodexConfig.class).listeners()).contains(context.getBean(CodexActivity.class));
		});
	}

	@Test
	void theWriteOperationOnlyWhenEnabled() {
		this.runner.withPropertyValues("codex.lifecycle.auto-startup=false", "management.endpoint.codex.interrupt.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(CodexInterruptingEndpoint.class));
	}

	@Test
	void noActivityWithoutTheEndpoint() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexActuatorAutoConfiguration.class))
			.withPropertyValues("codex.lifecycle.auto-startup=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CodexActivity.class));
	}

	@Test
	void retriesAreCountedPerMethodAndRestartsShowOnlyTheReasonsType() {
		Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
		CodexActivity activity = new CodexActivity(clock);
		activity.onRetry("turn/start", 1, Duration.ofMillis(10), new IllegalStateException("busy"));
		activity.onRetry("turn/start", 2, Duration.ofMillis(20), new IllegalStateException("busy"));
		activity.onRetry("thread/start", 1, Duration.ofMillis(10), new IllegalStateException("busy"));
		activity.onRestartScheduled(1, Duration.ofMillis(10), new IllegalStateException("stderr: token=" + ENV_SECRET));
		activity.onTurnStarted("t1", "u1");
		assertThat(activity.retries()).containsEntry("total", 3L)
			.containsEntry("byMethod", Map.of("thread/start", 1L, "turn/start", 2L));
		assertThat(activity.restarts()).containsEntry("count", 1L)
			.containsEntry("last", Map.of("at", "2026-12-05T10:00:00Z", "attempt", 1, "reason", "IllegalStateException"));
		assertThat(activity.activeTurns()).singleElement()
			.isEqualTo(Map.of("threadId", "t1", "turnId", "u1", "startedAt", "2026-12-05T10:00:00Z", "ageSeconds", 0L));
		assertThat(activity.restarts().toString()).doesNotContain(ENV_SECRET);
	}

	@Test
	void showsTheActiveTurnWithItsAgeAndARestartButNoSecretOrPromptAndInterruptsTheTurn() {
		realBinary().withPropertyValues("management.endpoint.codex.interrupt.enabled=true").run((context) -> {
			assertThat(context).hasNotFailed();
			Codex codex = context.getBean(Codex.class);
			CodexInterruptingEndpoint endpoint = context.getBean(CodexInterruptingEndpoint.class);
			JsonMapper json = JsonMapper.builder().build();

			this.backend.model().enqueue(MockResponse.text("never finished").withStall());
			TurnHandle turn = codex.startThread(ThreadOptions.builder().ephemeral(true).build()).turn(PROMPT);
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(activeTurns(endpoint)).hasSize(1));
			Map<String, Object> active = activeTurns(endpoint).get(0);
			assertThat(active).containsEntry("threadId", turn.threadId())
				.containsEntry("turnId", turn.id())
				.containsKeys("startedAt", "ageSeconds");
			String body = json.writeValueAsString(endpoint.codex());
			assertThat(body).doesNotContain(API_KEY).doesNotContain(ENV_SECRET).doesNotContain(PROMPT);

			assertThat(endpoint.interrupt(turn.threadId(), "not-a-turn")).containsEntry("interrupted", false);
			Map<String, Object> answer = endpoint.interrupt(turn.threadId(), turn.id());
			assertThat(answer).containsEntry("interrupted", true).containsEntry("client", "codex");
			assertThat(turn.result().get(20, TimeUnit.SECONDS).status()).isEqualTo(TurnStatus.INTERRUPTED);
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(activeTurns(endpoint)).isEmpty());

			long pid = codex.pid().orElseThrow();
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(codex.isRunning()).isTrue();
				assertThat(codex.pid().orElseThrow()).isNotEqualTo(pid);
			});
			@SuppressWarnings("unchecked")
			Map<String, Object> restarts = (Map<String, Object>) activity(endpoint).get("restarts");
			assertThat(restarts).containsEntry("count", 1L);
			assertThat(json.writeValueAsString(endpoint.codex())).doesNotContain(API_KEY)
				.doesNotContain(ENV_SECRET)
				.doesNotContain(PROMPT);
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> activity(CodexEndpoint endpoint) {
		return (Map<String, Object>) endpoint.codex().get("activity");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> activeTurns(CodexEndpoint endpoint) {
		return (List<Map<String, Object>>) activity(endpoint).get("activeTurns");
	}

}
