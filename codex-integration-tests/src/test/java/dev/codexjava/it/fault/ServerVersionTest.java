package dev.codexjava.it.fault;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The version policy against a real child process ({@link FaultServer} reporting {@code FAULT_VERSION}): a newer
 * version than tested works with one WARN naming the tested range, also across a restart and a second client; an older
 * one than the minimum is refused and its process stopped.
 */
@Timeout(120)
class ServerVersionTest {

	@TempDir
	Path dir;

	@Test
	void aNewerServerWorksWithOneWarningNamingTheTestedRange() {
		FaultServerLauncher launcher = FaultServerLauncher.in(this.dir);
		String err = StderrCapture.during(() -> {
			try (Codex codex = Codex.start(launcher.config().env("FAULT_VERSION", "0.999.0").build())) {
				assertThat(codex.serverVersion()).isEqualTo("0.999.0");
				assertThat(codex.startThread().id()).isNotBlank();
				codex.restart();
				assertThat(codex.serverVersion()).isEqualTo("0.999.0");
			}
			try (Codex second = Codex.start(launcher.config().env("FAULT_VERSION", "0.999.0").build())) {
				assertThat(second.isRunning()).isTrue();
			}
		});
		assertThat(Arrays.stream(err.split("\\R")).filter((l) -> l.contains("app-server 0.999.0 is newer")))
			.as(err)
			.singleElement()
			.satisfies((l) -> assertThat(l).contains("WARN", Codex.MINIMUM_SERVER_VERSION + " to "
					+ Codex.NEWEST_TESTED_SERVER_VERSION));
		launcher.awaitNoProcessLeft();
	}

	@Test
	void anOlderServerIsRefusedAndStopped() {
		FaultServerLauncher launcher = FaultServerLauncher.in(this.dir);
		assertThatThrownBy(() -> Codex.start(launcher.config().env("FAULT_VERSION", "0.100.0").build()).close())
			.isInstanceOfSatisfying(CodexStartupException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reason.VERSION_TOO_OLD))
			.hasMessageContaining("0.100.0 is older than " + Codex.MINIMUM_SERVER_VERSION);
		assertThat(launcher.pids()).hasSize(1);
		launcher.awaitNoProcessLeft();
	}

}
