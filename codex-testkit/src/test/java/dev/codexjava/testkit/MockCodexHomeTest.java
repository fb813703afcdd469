package dev.codexjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MockCodexHomeTest {

	private MockModel model;

	@BeforeEach
	void start() {
		this.model = MockModel.start();
	}

	@AfterEach
	void close() {
		this.model.close();
	}

	@Test
	void writesAnOwnerOnlyHomeWithTheDefaultConfig() throws Exception {
		try (MockCodexHome home = MockCodexHome.builder(this.model).build()) {
			assertThat(home.path()).isDirectory();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.path())))
				.isEqualTo("rwx------");
			String config = Files.readString(home.path().resolve("config.toml"));
			assertThat(config).isEqualTo(home.configToml())
				.isEqualTo("# written by the codex testkit (MockCodexHome)\n"
						+ "model = \"mock-model\"\n"
						+ "model_provider = \"mock\"\n"
						+ "approval_policy = \"never\"\n"
						+ "sandbox_mode = \"read-only\"\n"
						+ "features.shell_snapshot = false\n"
						+ "\n"
						+ "[model_providers.mock]\n"
						+ "name = \"mock\"\n"
						+ "base_url = \"" + this.model.baseUrl() + "\"\n"
						+ "wire_api = \"responses\"\n"
						+ "request_max_retries = 0\n"
						+ "stream_max_retries = 0\n");
		}
	}

	@Test
	void everySettingIsWritten() throws Exception {
		try (MockCodexHome home = MockCodexHome.builder(this.model)
			.model("gpt-5.5")
			.approvalPolicy("on-request")
			.sandboxMode("workspace-write")
			.requestMaxRetries(2)
			.streamMaxRetries(3)
			.streamIdleTimeout(Duration.ofMillis(1500))
			.extraToml("hide_agent_reasoning = true")
			.extraToml("[features]\nfoo = false")
			.build()) {
			String config = home.configToml();
			assertThat(config).contains("model = \"gpt-5.5\"\n", "approval_policy = \"on-request\"\n",
					"sandbox_mode = \"workspace-write\"\n", "request_max_retries = 2\n", "stream_max_retries = 3\n",
					"stream_idle_timeout_ms = 1500\n");
			// plain extra keys must stay top-level: before any table header
			assertThat(config.indexOf("hide_agent_reasoning")).isLessThan(config.indexOf("[features]"));
			assertThat(config.indexOf("[features]")).isLessThan(config.indexOf("[model_providers.mock]"));
		}
	}

	@Test
	void theShellSnapshotIsOffUnlessAskedForOrSetInTheExtraToml() {
		MockCodexHome.Builder builder = MockCodexHome.builder(this.model);
		assertThat(builder.toml()).contains("features.shell_snapshot = false\n");
		assertThat(builder.shellSnapshot(true).toml()).doesNotContain("shell_snapshot");
		// a [features] table of the extra TOML gets the key (TOML defines a table once)
		assertThat(builder.extraToml("[features]\nfoo = false").toml()).doesNotContain("features.shell_snapshot")
			.contains("[features]\nshell_snapshot = false\nfoo = false\n");
		assertThat(builder.extraToml("features.shell_snapshot = true").toml()).containsOnlyOnce("shell_snapshot")
			.contains("features.shell_snapshot = true\n");
		assertThat(builder.extraToml("[ features ]  # mine\nfoo = false").toml())
			.contains("[ features ]  # mine\nshell_snapshot = false\nfoo = false\n");
		assertThat(builder.extraToml("features = { foo = false }").toml()).doesNotContain("shell_snapshot");
	}

	@Test
	void theBuilderIsImmutable() {
		MockCodexHome.Builder base = MockCodexHome.builder(this.model);
		MockCodexHome.Builder onRequest = base.approvalPolicy("on-request");

		assertThat(onRequest).isNotSameAs(base);
		assertThat(base.toml()).contains("approval_policy = \"never\"");
		assertThat(onRequest.toml()).contains("approval_policy = \"on-request\"");
	}

	@Test
	void untrustedIsRejectedWithTheReason() {
		assertThatThrownBy(() -> MockCodexHome.builder(this.model).approvalPolicy("untrusted"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("untrusted")
			.hasMessageContaining("exit at startup")
			.hasMessageContaining("thread/start");
	}

	@Test
	void invalidSettingsAreRejected() {
		MockCodexHome.Builder builder = MockCodexHome.builder(this.model);
		assertThatThrownBy(() -> builder.approvalPolicy("sometimes")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.sandboxMode("none")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.requestMaxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.streamMaxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.streamIdleTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void tomlStringsAreEscaped() {
		String toml = MockCodexHome.builder(this.model).model("a\"b\\c").toml();

		assertThat(toml).contains("model = \"a\\\"b\\\\c\"\n");
	}

	@Test
	void closeDeletesEverythingAndIsIdempotent() throws Exception {
		MockCodexHome home = MockCodexHome.builder(this.model).build();
		Path nested = Files.createDirectories(home.path().resolve("sessions/2026/11"));
		Files.writeString(nested.resolve("rollout.jsonl"), "{}");

		home.close();
		home.close();

		assertThat(home.path()).doesNotExist();
	}

	@Test
	void eachHomeIsFresh() {
		try (MockCodexHome first = MockCodexHome.builder(this.model).build();
				MockCodexHome second = MockCodexHome.builder(this.model).build()) {
			assertThat(first.path()).isNotEqualTo(second.path());
		}
	}

}
