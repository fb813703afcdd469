package dev.codexjava.spring.autoconfigure;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.spring.autoconfigure.health.CodexHealthIndicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CodexHealthIndicator} against each {@link CodexStatus} state (the client is never started here, so
 * a status that says READY is contradicted by the closed connection).
 */
class CodexHealthIndicatorTests {

	private final CodexStatus status = new CodexStatus();

	private final Codex codex = Codex.create(CodexConfig.builder()
		.codexBinary(Path.of("/does/not/exist/codex"))
		.apiKey("sk-very-secret-key")
		.build());

	private final CodexHealthIndicator indicator = new CodexHealthIndicator(this.codex, this.status);

	@Test
	void notStartedIsDown() {
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("state", "NOT_STARTED")
			.containsEntry("activeTurns", 0)
			.containsEntry("apiKeyConfigured", true)
			.containsKey("reason");
	}

	@Test
	void startingIsOutOfService() {
		this.status.starting();
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("state", "STARTING");
	}

	@Test
	void startupFailureIsDownWithTheReason() {
		this.status.starting();
		this.status.failed(new CodexStartupException(Reason.BINARY_NOT_FOUND, "No Codex executable found"));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("state", "DOWN");
		assertThat((String) health.getDetails().get("reason")).contains("No Codex executable found");
	}

	@Test
	void crashIsDownWithExitCode() {
		this.status.onProcessStarted(4242, "0.169.0");
		this.status.onProcessExited(137, false);
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("exitCode", 137)
			.containsEntry("pid", 4242L)
			.containsEntry("version", "0.169.0");
	}

	@Test
	void readyButDisconnectedIsDown() {
		this.status.onProcessStarted(4242, "0.169.0");
		this.status.account(4242L, new AccountInfo("apiKey", "someone@example.com", null, true, null));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("reason")).contains("connection").contains("closed");
		assertThat(health.toString()).doesNotContain("sk-very-secret-key").doesNotContain("someone@example.com");
	}

	@Test
	void withoutStatusJudgesByTheConnection() {
		Health health = new CodexHealthIndicator(this.codex, null).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
	}

}
