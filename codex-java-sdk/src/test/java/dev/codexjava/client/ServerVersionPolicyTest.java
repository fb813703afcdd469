package dev.codexjava.client;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The version policy at the handshake: older than the minimum is refused, the tested range is silent, a newer version
 * works with one WARN naming the tested range. The WARN is read from what slf4j-simple writes to {@code System.err}.
 */
@Timeout(30)
class ServerVersionPolicyTest {

	@Test
	void theTestedRangeIsThePinnedVersionToTheNewestTestedOne() {
		assertThat(Codex.MINIMUM_SERVER_VERSION).isEqualTo("0.169.0");
		assertThat(Codex.NEWEST_TESTED_SERVER_VERSION).isEqualTo("0.171.0");
		assertThat(Versions.compare(Codex.NEWEST_TESTED_SERVER_VERSION, Codex.MINIMUM_SERVER_VERSION)).isPositive();
	}

	@Test
	void aNewerVersionWorksWithOneWarningNamingTheTestedRange() {
		String err = StderrCapture.during(() -> {
			for (int i = 0; i < 3; i++) {
				try (Codex codex = Codex.start(FakeServer.config().build(), new FakeTransport("fake/0.997.0 (x)"))) {
					assertThat(codex.isRunning()).isTrue();
					assertThat(codex.serverVersion()).isEqualTo("0.997.0");
				}
			}
		});
		assertThat(warnings(err, "0.997.0")).as(err)
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("WARN", "newer than", "0.169.0 to 0.171.0"));
	}

	@Test
	void versionsInTheTestedRangeAreNotWarnedAbout() {
		String err = StderrCapture.during(() -> {
			for (String version : new String[] { "0.169.0", "0.170.3", "0.171.0", "0.171.0-alpha.1" }) {
				try (Codex codex = Codex.start(FakeServer.config().build(), new FakeTransport("fake/" + version))) {
					assertThat(codex.isRunning()).as(version).isTrue();
				}
			}
		});
		assertThat(err).doesNotContain("newer than");
	}

	@Test
	void anOlderVersionIsRefusedNamingTheSupportedAndTestedRange() {
		FakeTransport fake = new FakeTransport("fake/0.168.9");
		assertThatThrownBy(() -> Codex.start(FakeServer.config().build(), fake).close())
			.isInstanceOfSatisfying(CodexStartupException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reason.VERSION_TOO_OLD))
			.hasMessageContaining("0.168.9 is older than 0.169.0")
			.hasMessageContaining("tested: 0.169.0 to 0.171.0");
		assertThat(fake.isClosed()).isTrue();
	}

	private static java.util.List<String> warnings(String err, String version) {
		return Arrays.stream(err.split("\\R")).filter((line) -> line.contains("app-server " + version)).toList();
	}

}
