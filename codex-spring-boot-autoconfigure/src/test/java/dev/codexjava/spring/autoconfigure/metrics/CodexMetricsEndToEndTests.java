package dev.codexjava.spring.autoconfigure.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.Codex;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.observation.CodexObservationAutoConfiguration;
import dev.codexjava.spring.autoconfigure.testsupport.MockBackend;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end on the real {@code codex} binary against the testkit's mock model, with Boot's observation and metrics
 * auto-configurations: one turn produces the turn timer, request timers and token usage.
 */
class CodexMetricsEndToEndTests {

	@RegisterExtension
	final MockBackend backend = new MockBackend();

	@Test
	void aTurnIsMeasured() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexMetricsAutoConfiguration.class,
					CodexObservationAutoConfiguration.class, ObservationAutoConfiguration.class,
					MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class))
			.withPropertyValues("codex.binary=" + CodexBinaries.require(), "codex.codex-home=" + this.backend.home().path(),
					"codex.working-directory=" + this.backend.home().path())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("codex.process.up").gauge().value()).isEqualTo(1.0);

				this.backend.model().enqueue(MockResponse.text("x").withUsage(11, 2, 7, 3, 18));
				TurnResult result = context.getBean(Codex.class)
					.startThread(ThreadOptions.builder().ephemeral(true).build())
					.run("measure me");
				assertThat(result.finalResponse()).isEqualTo("x");

				// the listeners hear of the turn's end on the SDK's own threads, possibly just after run() returns
				await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
					assertThat(registry.find("codex.turns").timers()).isNotEmpty();
					assertThat(registry.find("gen_ai.client.token.usage").summaries()).hasSize(2);
					assertThat(registry.find("codex.client.token.usage").summaries()).hasSize(2);
					assertThat(registry.find("gen_ai.client.operation.duration").timers()).hasSize(1);
				});
				Timer turns = registry.get("codex.turns").timer();
				assertThat(turns.count()).isEqualTo(1);
				assertThat(turns.getId().getTags()).contains(Tag.of("outcome", "completed"),
						Tag.of("gen_ai.request.model", MockBackend.MODEL),
						Tag.of("gen_ai.response.model", MockBackend.MODEL))
					.extracting(Tag::getKey)
					.doesNotContain("gen_ai.conversation.id", "codex.turn.id");
				assertThat(registry.get("codex.turns.active").longTaskTimer().activeTasks()).isZero();

				assertThat(registry.get("codex.client.requests").tags("method", "thread/start", "outcome", "success")
					.timer()
					.count()).isEqualTo(1);
				assertThat(registry.get("codex.client.requests").tags("method", "turn/start", "outcome", "success")
					.timer()
					.count()).isEqualTo(1);
				assertThat(registry.get("codex.client.requests").tags("method", "initialize").timer().count())
					.isEqualTo(1);

				// tagged with the model the server reported for the thread (codex.model is not set here)
				assertThat(registry.get("gen_ai.client.token.usage")
					.tags("gen_ai.token.type", "input", "gen_ai.request.model", MockBackend.MODEL,
							"gen_ai.provider.name", "openai", "gen_ai.operation.name", "invoke_agent")
					.summary()
					.totalAmount()).isEqualTo(11);
				assertThat(tokens(registry, "gen_ai.client.token.usage", "gen_ai.token.type", "input")).isEqualTo(11);
				assertThat(tokens(registry, "gen_ai.client.token.usage", "gen_ai.token.type", "output")).isEqualTo(7);
				assertThat(tokens(registry, "codex.client.token.usage", "codex.token.type", "cached")).isEqualTo(2);
				assertThat(tokens(registry, "codex.client.token.usage", "codex.token.type", "reasoning")).isEqualTo(3);
				assertThat(registry.get("gen_ai.client.operation.duration")
					.tags("error.type", "none", "gen_ai.response.model", MockBackend.MODEL)
					.timer()
					.count()).isEqualTo(1);
				assertThat(registry.get("codex.rpc").tags("rpc.system", "jsonrpc", "rpc.method", "turn/start").timer()
					.count()).isEqualTo(1);
				assertThat(registry.get("codex.process.restarts").counter().count()).isZero();
			});
	}

	private static double tokens(MeterRegistry registry, String name, String typeKey, String type) {
		return registry.get(name).tag(typeKey, type).summary().totalAmount();
	}

}
