package dev.codexjava.spring.autoconfigure;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.spring.autoconfigure.CodexStatus.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** Tests for {@link CodexLifecycle}'s start-up and failure handling (without a real binary). */
class CodexLifecycleTests {

	private static final String MISSING_BINARY = "/does/not/exist/codex";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class))
		.withPropertyValues("codex.binary=" + MISSING_BINARY);

	@Test
	void startFailureFailsTheContextAndIsExplainedByTheFailureAnalyzer() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			assertThat(failure).rootCause()
				.isInstanceOf(CodexStartupException.class)
				.hasMessageContaining(MISSING_BINARY);
			FailureAnalysis analysis = new CodexStartupFailureAnalyzer().analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("BINARY_NOT_FOUND").contains(MISSING_BINARY);
			assertThat(analysis.getAction()).contains("npm install -g @openai/codex@0.169.0")
				.contains("npm install --prefix DIR @openai/codex@0.169.0")
				.doesNotContain("scripts/install-codex.sh")
				.contains("'codex.binary'");
		});
	}

	@Test
	void backgroundStartFailureIsRecordedInTheStatus() {
		this.runner.withPropertyValues("codex.lifecycle.wait-for-startup=false").run((context) -> {
			assertThat(context).hasNotFailed();
			CodexStatus status = context.getBean(CodexStatus.class);
			await().atMost(Duration.ofSeconds(5)).until(() -> status.snapshot().state() == State.DOWN);
			assertThat(status.snapshot().reason()).contains("BINARY_NOT_FOUND").contains(MISSING_BINARY);
			assertThat(context.getBean(Codex.class).isRunning()).isFalse();
		});
	}

	@Test
	void failedStartLeavesTheLifecycleStoppedAndStatusDown() {
		CodexStatus status = new CodexStatus();
		Codex codex = Codex.create(CodexConfig.builder().codexBinary(java.nio.file.Path.of(MISSING_BINARY)).build());
		CodexLifecycle lifecycle = new CodexLifecycle(codex, status, true, CodexLifecycle.DEFAULT_PHASE, true);
		assertThatExceptionOfType(CodexStartupException.class).isThrownBy(lifecycle::start);
		assertThat(lifecycle.isRunning()).isFalse();
		assertThat(status.snapshot().state()).isEqualTo(State.DOWN);
		assertThat(status.snapshot().reason()).contains(MISSING_BINARY);
	}

	@Test
	void asyncStopAlwaysRunsTheCallbackAndMarksStopped() throws InterruptedException {
		CodexStatus status = new CodexStatus();
		Codex codex = Codex.create(CodexConfig.builder().codexBinary(java.nio.file.Path.of(MISSING_BINARY)).build());
		CodexLifecycle lifecycle = new CodexLifecycle(codex, status, true, CodexLifecycle.DEFAULT_PHASE, false);
		lifecycle.start();
		assertThat(lifecycle.isRunning()).isTrue();
		CountDownLatch stopped = new CountDownLatch(1);
		lifecycle.stop(stopped::countDown);
		assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(lifecycle.isRunning()).isFalse();
		assertThat(status.snapshot().state()).isEqualTo(State.STOPPED);
	}

}
