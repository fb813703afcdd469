package dev.codexjava.spring.autoconfigure;

import org.junit.jupiter.api.Test;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.spring.autoconfigure.CodexStatus.State;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link CodexStatus}'s state transitions. */
class CodexStatusTests {

	private final CodexStatus status = new CodexStatus();

	@Test
	void startsAsNotStarted() {
		assertThat(this.status.snapshot().state()).isEqualTo(State.NOT_STARTED);
		assertThat(this.status.snapshot().uptime()).isNull();
	}

	@Test
	void readyRecordsPidVersionAndStartTime() {
		this.status.starting();
		assertThat(this.status.snapshot().state()).isEqualTo(State.STARTING);
		this.status.onProcessStarted(42, "0.169.0");
		CodexStatus.Snapshot ready = this.status.snapshot();
		assertThat(ready.state()).isEqualTo(State.READY);
		assertThat(ready.pid()).isEqualTo(42L);
		assertThat(ready.serverVersion()).isEqualTo("0.169.0");
		assertThat(ready.startedAt()).isNotNull();
		assertThat(ready.uptime()).isGreaterThanOrEqualTo(java.time.Duration.ZERO);
		// the lifecycle reports the same process again: the start time is kept
		this.status.ready(42L, "0.169.0");
		assertThat(this.status.snapshot().startedAt()).isEqualTo(ready.startedAt());
	}

	@Test
	void unexpectedExitIsDownWithExitCode() {
		this.status.onProcessStarted(42, "0.169.0");
		this.status.onProcessExited(137, false);
		CodexStatus.Snapshot down = this.status.snapshot();
		assertThat(down.state()).isEqualTo(State.DOWN);
		assertThat(down.exitCode()).isEqualTo(137);
		assertThat(down.reason()).contains("exited unexpectedly").contains("137");
		assertThat(down.pid()).isEqualTo(42L);
		assertThat(down.uptime()).isNull();
	}

	@Test
	void expectedExitIsStopped() {
		this.status.onProcessStarted(42, "0.169.0");
		this.status.onProcessExited(0, true);
		assertThat(this.status.snapshot().state()).isEqualTo(State.STOPPED);
	}

	@Test
	void exitDuringStartUpIsLeftToTheLifecycle() {
		this.status.starting();
		this.status.onProcessExited(1, false);
		assertThat(this.status.snapshot().state()).isEqualTo(State.STARTING);
		this.status.failed(new CodexStartupException(Reason.PROCESS_FAILED, "exited during start-up: bad config"));
		assertThat(this.status.snapshot().state()).isEqualTo(State.DOWN);
		assertThat(this.status.snapshot().reason()).contains("PROCESS_FAILED").contains("bad config");
	}

	@Test
	void accountIsKeptForTheCurrentProcessOnly() {
		this.status.onProcessStarted(42, "0.169.0");
		AccountInfo account = new AccountInfo("apiKey", "someone@example.com", null, true, null);
		this.status.account(41L, account);
		assertThat(this.status.snapshot().account()).isNull();
		this.status.account(42L, account);
		assertThat(this.status.snapshot().account()).isEqualTo(new CodexStatus.Account(true, "apiKey", true));
		assertThat(this.status.snapshot().toString()).doesNotContain("someone@example.com");
	}

}
