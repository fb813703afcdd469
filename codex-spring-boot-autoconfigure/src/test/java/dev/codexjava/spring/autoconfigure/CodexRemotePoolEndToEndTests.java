package dev.codexjava.spring.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.Codex;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.spring.autoconfigure.health.CodexHealthContributorAutoConfiguration;
import dev.codexjava.spring.autoconfigure.metrics.CodexMetricsAutoConfiguration;
import dev.codexjava.spring.autoconfigure.observation.CodexObservationAutoConfiguration;
import dev.codexjava.spring.autoconfigure.testsupport.MockBackend;
import dev.codexjava.spring.autoconfigure.testsupport.WsAppServer;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end on the real binary: a Spring application whose {@code Codex} fronts a local child ({@code local-1}) and
 * a {@code codex app-server --listen ws://127.0.0.1:PORT} with a capability token started by the test ({@code east}),
 * configured with {@code codex.local.instances} and {@code codex.servers[0].*} only. Turns run on both, the health
 * shows both servers, the meters carry {@code codex.server}; killing the remote server marks it DOWN or
 * OUT_OF_SERVICE while the application stays UP on the local child.
 */
class CodexRemotePoolEndToEndTests {

	private static final String TOKEN = "e2e-capability-token-0123456789abcdef";

	@RegisterExtension
	final MockBackend backend = new MockBackend();

	@TempDir
	Path dir;

	@Test
	@SuppressWarnings("unchecked")
	void aPoolOfALocalChildAndARemoteServerRunsTurnsAndReportsEachServer() throws Exception {
		this.backend.model().defaultResponse(MockResponse.text("pong"));
		Path tokenFile = this.dir.resolve("token");
		Files.writeString(tokenFile, TOKEN + "\n", StandardCharsets.UTF_8);
		try (MockCodexHome remoteHome = MockCodexHome.builder(this.backend.model()).model(MockBackend.MODEL).build();
				WsAppServer remote = WsAppServer.start(remoteHome.path(), tokenFile)) {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
						CodexHealthContributorAutoConfiguration.class, CodexMetricsAutoConfiguration.class,
						CodexObservationAutoConfiguration.class, ObservationAutoConfiguration.class,
						MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
						CompositeMeterRegistryAutoConfiguration.class))
				.withPropertyValues(poolProperties(remote, tokenFile))
				.run((context) -> {
					assertThat(context).hasNotFailed();
					Codex codex = context.getBean(Codex.class);
					MeterRegistry registry = context.getBean(MeterRegistry.class);
					HealthIndicator health = context.getBean("codexHealthIndicator", HealthIndicator.class);

					// two threads on two idle servers: placement spreads them (ties round-robin)
					for (int i = 0; i < 2; i++) {
						assertThat(codex.startThread(ThreadOptions.builder().ephemeral(true).build())
							.run("ping " + i)
							.finalResponse()).isEqualTo("pong");
					}
					Health up = health.health();
					assertThat(up.getStatus()).isEqualTo(Status.UP);
					Map<String, Map<String, Object>> servers = (Map<String, Map<String, Object>>) up.getDetails()
						.get("servers");
					assertThat(servers.keySet()).containsExactly("local-1", "east");
					assertThat(servers.get("east")).containsEntry("status", "UP")
						.containsEntry("target", remote.url())
						.containsEntry("threads", 1);
					assertThat(servers.get("local-1")).containsEntry("status", "UP").containsEntry("threads", 1);
					assertThat(up.toString()).doesNotContain(TOKEN);

					await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
							registry.find("codex.turns").timers().stream().map((timer) -> timer.getId()
								.getTag("codex.server")).collect(Collectors.toSet()))
						.isEqualTo(Set.of("local-1", "east")));
					Timer east = registry.get("codex.turns").tag("codex.server", "east").timer();
					assertThat(east.count()).isEqualTo(1);
					assertThat(registry.get("codex.client.requests")
						.tags("codex.server", "east", "method", "turn/start")
						.timer()
						.count()).isEqualTo(1);
					assertThat(registry.get("codex.process.up").tag("codex.server", "east").gauge().value())
						.isEqualTo(1.0);
					assertThat(registry.getMeters()).allSatisfy((meter) -> assertThat(meter.getId().toString())
						.doesNotContain(TOKEN)
						.doesNotContain("ws://"));

					remote.kill();
					await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
						Health after = health.health();
						Map<String, Map<String, Object>> now = (Map<String, Map<String, Object>>) after.getDetails()
							.get("servers");
						assertThat(now.get("east").get("status")).isIn("DOWN", "OUT_OF_SERVICE");
						assertThat(now.get("local-1")).containsEntry("status", "UP");
						assertThat(after.getStatus()).isEqualTo(Status.UP);
					});
					assertThat(registry.get("codex.process.up").tag("codex.server", "east").gauge().value()).isZero();
					assertThat(registry.get("codex.process.up").tag("codex.server", "local-1").gauge().value())
						.isEqualTo(1.0);
					// the application keeps working on the server that is left
					assertThat(codex.startThread(ThreadOptions.builder().ephemeral(true).build())
						.run("still there?")
						.finalResponse()).isEqualTo("pong");
				});
		}
	}


	/**
	 * {@code management.health.codex.server-components=true}: {@code codex/pool}, {@code codex/local-1} and
	 * {@code codex/east} are components; with {@code east} killed it is DOWN (or OUT_OF_SERVICE while reconnecting),
	 * {@code codex} follows Boot's aggregation, and a readiness group that includes {@code codex/pool} stays UP.
	 */
	@Test
	void serverComponentsGiveEachServerItsOwnHealthAndThePoolKeepsReadinessUp() throws Exception {
		this.backend.model().defaultResponse(MockResponse.text("pong"));
		Path tokenFile = this.dir.resolve("token");
		Files.writeString(tokenFile, TOKEN + "\n", StandardCharsets.UTF_8);
		try (MockCodexHome remoteHome = MockCodexHome.builder(this.backend.model()).model(MockBackend.MODEL).build();
				WsAppServer remote = WsAppServer.start(remoteHome.path(), tokenFile)) {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
						CodexHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
						HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
				.withPropertyValues(poolProperties(remote, tokenFile))
				.withPropertyValues("management.health.codex.server-components=true",
						"management.endpoint.health.group.ready.include=codex/pool",
						"management.endpoint.health.show-details=always",
						"management.endpoint.health.show-components=always")
				.run((context) -> {
					assertThat(context).hasNotFailed().doesNotHaveBean("codexHealthIndicator");
					HealthEndpoint endpoint = context.getBean(HealthEndpoint.class);
					assertThat(endpoint.healthForPath("codex", "pool").getStatus()).isEqualTo(Status.UP);
					assertThat(endpoint.healthForPath("codex", "local-1").getStatus()).isEqualTo(Status.UP);
					assertThat(endpoint.healthForPath("codex", "east").getStatus()).isEqualTo(Status.UP);
					assertThat(endpoint.healthForPath("codex").getStatus()).isEqualTo(Status.UP);
					assertThat(endpoint.healthForPath("ready").getStatus()).isEqualTo(Status.UP);

					remote.kill();
					await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
						assertThat(endpoint.healthForPath("codex", "east").getStatus())
							.isIn(Status.DOWN, Status.OUT_OF_SERVICE);
						assertThat(endpoint.healthForPath("codex", "local-1").getStatus()).isEqualTo(Status.UP);
						assertThat(endpoint.healthForPath("codex", "pool").getStatus()).isEqualTo(Status.UP);
						// Boot's aggregation of a composite: a lost member shows on codex itself...
						assertThat(endpoint.healthForPath("codex").getStatus()).isNotEqualTo(Status.UP);
						// ...while the readiness group on codex/pool keeps the application in rotation
						assertThat(endpoint.healthForPath("ready").getStatus()).isEqualTo(Status.UP);
					});
					HealthDescriptor east = endpoint.healthForPath("codex", "east");
					assertThat(String.valueOf(((IndicatedHealthDescriptor) east).getDetails())).contains("target")
						.doesNotContain(TOKEN);
				});
		}
	}

	/** A local child ({@code local-1}) and {@code remote} ({@code east}), slow supervision backoff. */
	private String[] poolProperties(WsAppServer remote, Path tokenFile) {
		return new String[] { "codex.binary=" + CodexBinaries.require(), "codex.codex-home=" + this.backend.home().path(),
				"codex.working-directory=" + this.backend.home().path(), "codex.local.instances=1",
				"codex.servers[0].name=east", "codex.servers[0].url=" + remote.url(),
				"codex.servers[0].token-file=" + tokenFile, "codex.supervision.initial-delay=5s",
				"codex.supervision.max-delay=5s" };
	}

}
