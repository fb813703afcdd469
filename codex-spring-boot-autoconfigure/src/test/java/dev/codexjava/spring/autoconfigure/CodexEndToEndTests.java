package dev.codexjava.spring.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.SmartLifecycle;

import dev.codexjava.client.AsyncCodex;
import dev.codexjava.client.Codex;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.spring.autoconfigure.health.CodexHealthContributorAutoConfiguration;
import dev.codexjava.spring.autoconfigure.health.CodexHealthIndicator;
import dev.codexjava.spring.autoconfigure.testsupport.MockBackend;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end on the real {@code codex} binary against the testkit's mock model: the context starts the app-server,
 * an injected {@link Codex} runs a turn, health follows the process, and closing the context leaves no process.
 */
@ExtendWith(OutputCaptureExtension.class)
class CodexEndToEndTests {

	private static final String API_KEY = "sk-e2e-secret-that-must-never-show";

	private static final String VERSION = System.getProperty("codex.version", "0.169.0");

	@RegisterExtension
	final MockBackend backend = new MockBackend();

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
					CodexHealthContributorAutoConfiguration.class))
			.withPropertyValues("codex.binary=" + CodexBinaries.require(), "codex.codex-home=" + this.backend.home().path(),
					"codex.working-directory=" + this.backend.home().path(), "spring.application.name=codex_spring_e2e");
	}

	@Test
	void supervisionRestartsACrashedServerAndHealthComesBack() {
		runner().withPropertyValues("codex.supervision.initial-delay=10ms").run((context) -> {
			Codex codex = context.getBean(Codex.class);
			CodexHealthIndicator indicator = context.getBean(CodexHealthIndicator.class);
			long first = codex.pid().orElseThrow();

			ProcessHandle.of(first).ifPresent(ProcessHandle::destroyForcibly);

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				Health health = indicator.health();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails().get("pid")).isNotEqualTo(first);
			});
			this.backend.model().enqueue(MockResponse.text("after restart"));
			assertThat(codex.startThread(ThreadOptions.builder().ephemeral(true).build()).run("hi").finalResponse())
				.isEqualTo("after restart");
		});
	}

	@Test
	void withoutWaitingForStartupATurnRightAfterRefreshWaitsForTheHandshake() {
		runner().withPropertyValues("codex.lifecycle.wait-for-startup=false").run((context) -> {
			Codex codex = context.getBean(Codex.class);
			// the context is refreshed while the app-server may still be starting: the call waits, it does not fail
			this.backend.model().enqueue(MockResponse.text("early bird"));
			assertThat(codex.startThread(ThreadOptions.builder().ephemeral(true).build()).run("hi").finalResponse())
				.isEqualTo("early bird");
			assertThat(codex.isRunning()).isTrue();
		});
	}

	private static void signal(String signal, long pid) throws Exception {
		new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
	}

	@Test
	void livenessProbesReportAHungServerDownAndItRecovers() {
		runner().withPropertyValues("codex.liveness.probe-interval=100ms", "codex.liveness.probe-timeout=200ms",
				"codex.liveness.failure-threshold=2").run((context) -> {
					Codex codex = context.getBean(Codex.class);
					CodexHealthIndicator indicator = context.getBean(CodexHealthIndicator.class);
					long pid = codex.pid().orElseThrow();
					signal("STOP", pid); // alive, but answers nothing
					try {
						await().atMost(Duration.ofSeconds(10))
							.untilAsserted(() -> assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN));
						assertThat((String) indicator.health().getDetails().get("reason")).contains("Not answering");
					}
					finally {
						signal("CONT", pid);
					}
					await().atMost(Duration.ofSeconds(10))
						.untilAsserted(() -> assertThat(indicator.health().getStatus()).isEqualTo(Status.UP));
					assertThat(codex.pid().orElseThrow()).isEqualTo(pid);
				});
	}

	@Test
	void anUnresponsiveServerIsRestartedWhenConfigured() {
		AtomicLong first = new AtomicLong();
		runner().withPropertyValues("codex.liveness.probe-interval=100ms", "codex.liveness.probe-timeout=200ms",
				"codex.liveness.failure-threshold=2", "codex.liveness.restart-when-unresponsive=true")
			.run((context) -> {
				Codex codex = context.getBean(Codex.class);
				CodexHealthIndicator indicator = context.getBean(CodexHealthIndicator.class);
				first.set(codex.pid().orElseThrow());
				signal("STOP", first.get());
				try {
					await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
						assertThat(codex.pid().orElseThrow()).isNotEqualTo(first.get());
						assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
					});
				}
				finally {
					signal("CONT", first.get());
				}
			});
		assertThat(ProcessHandle.of(first.get()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	@Test
	void runsATurnReportsHealthAndNoticesACrash() {
		AtomicLong pid = new AtomicLong(-1);
		runner().withPropertyValues("codex.supervision.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			Codex codex = context.getBean(Codex.class);
			assertThat(codex.isRunning()).isTrue();
			pid.set(codex.pid().orElseThrow());
			assertThat(context.getBean(AsyncCodex.class).isRunning()).isTrue();

			this.backend.model().enqueue(MockResponse.text("Hello from Spring"));
			TurnResult result = codex.startThread(ThreadOptions.builder().ephemeral(true).build()).run("hi there");
			assertThat(result.finalResponse()).isEqualTo("Hello from Spring");
			assertThat(this.backend.model().requests()).hasSize(1);
			assertThat(this.backend.model().requests().get(0).lastUserText()).isEqualTo("hi there");

			CodexHealthIndicator indicator = context.getBean(CodexHealthIndicator.class);
			Health up = indicator.health();
			assertThat(up.getStatus()).isEqualTo(Status.UP);
			assertThat(up.getDetails()).containsEntry("state", "READY")
				.containsEntry("version", VERSION)
				.containsEntry("pid", pid.get())
				.containsEntry("activeTurns", 0)
				.containsEntry("apiKeyConfigured", false)
				.containsKeys("uptime", "startedAt");
			// the account is read once, in the background, after start-up
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(indicator.health().getDetails()).containsKey("account"));

			ProcessHandle.of(pid.get()).ifPresent(ProcessHandle::destroyForcibly);

			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN));
			Health down = indicator.health();
			assertThat(down.getDetails()).containsEntry("state", "DOWN").containsEntry("pid", pid.get());
			assertThat((String) down.getDetails().get("reason")).contains("exited unexpectedly");
			assertThat(codex.isRunning()).isFalse();
		});
		assertThat(pid.get()).isPositive();
		assertThat(ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
	}

	@Test
	void closingTheContextStopsTheProcessAndTheApiKeyNeverShows(CapturedOutput output) {
		AtomicLong pid = new AtomicLong(-1);
		runner().withPropertyValues("codex.api-key=" + API_KEY).run((context) -> {
			assertThat(context).hasNotFailed();
			Codex codex = context.getBean(Codex.class);
			pid.set(codex.pid().orElseThrow());
			assertThat(ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive)).contains(true);
			CodexHealthIndicator indicator = context.getBean(CodexHealthIndicator.class);
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(indicator.health().getDetails()).containsKey("account"));
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("apiKeyConfigured", true);
			@SuppressWarnings("unchecked")
			Map<String, Object> account = (Map<String, Object>) health.getDetails().get("account");
			// the mock provider needs no OpenAI login, so codex reports no account even with a stored key
			assertThat(account).containsEntry("requiresOpenaiAuth", false).containsKey("signedIn");
			assertThat(health.toString()).doesNotContain(API_KEY);
			assertThat(context.getBean(CodexStatus.class).toString()).doesNotContain(API_KEY);
			assertThat(codex.config().toString()).doesNotContain(API_KEY);
		});
		assertThat(ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
		assertThat(output).doesNotContain(API_KEY);
	}

	@Test
	void backgroundStartupBecomesReady() {
		AtomicLong pid = new AtomicLong(-1);
		runner().withPropertyValues("codex.lifecycle.wait-for-startup=false").run((context) -> {
			assertThat(context).hasNotFailed();
			CodexHealthIndicator indicator = context.getBean(CodexHealthIndicator.class);
			assertThat(indicator.health().getStatus()).isIn(Status.OUT_OF_SERVICE, Status.UP);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(indicator.health().getStatus()).isEqualTo(Status.UP));
			pid.set(context.getBean(Codex.class).pid().orElseThrow());
		});
		assertThat(ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
	}

	@Test
	void startsBeforeAndStopsAfterTheWebServerPhase() {
		AtomicLong pid = new AtomicLong(-1);
		Events events = new Events(new CopyOnWriteArrayList<>());
		runner().withBean(Events.class, () -> events).withBean(FakeWebServer.class).run((context) -> {
			assertThat(context.getBean(FakeWebServer.class).isRunning()).isTrue();
			pid.set(context.getBean(Codex.class).pid().orElseThrow());
		});
		assertThat(events.list()).containsExactly("web server started, codex running=true",
				"web server stopped, codex running=true");
		assertThat(ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
	}

	@Test
	void closingDuringBackgroundStartupLeavesNoProcess() {
		runner().withPropertyValues("codex.lifecycle.wait-for-startup=false")
			.run((context) -> assertThat(context).hasNotFailed());
		// the handshake was interrupted or completed and closed; either way no codex child remains
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive))
				.noneMatch((child) -> child.info().command().orElse("").contains("codex")));
	}

	/** What {@link FakeWebServer} saw. */
	record Events(List<String> list) {
	}

	/** Stands in for the embedded web server: a lifecycle in the web server's start/stop phase. */
	static class FakeWebServer implements SmartLifecycle {

		private final Codex codex;

		private final List<String> events;

		private volatile boolean running;

		FakeWebServer(Codex codex, Events events) {
			this.codex = codex;
			this.events = events.list();
		}

		@Override
		public void start() {
			this.events.add("web server started, codex running=" + this.codex.isRunning());
			this.running = true;
		}

		@Override
		public void stop() {
			this.events.add("web server stopped, codex running=" + this.codex.isRunning());
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return Integer.MAX_VALUE - 2048; // WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE
		}

	}

}
