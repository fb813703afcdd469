package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;

import static org.assertj.core.api.Assertions.assertThat;

/** What the child process can see: its argv, its environment, its CODEX_HOME. */
class SecurityTest {

	private static final String KEY = "sk-test-secret-0123456789";

	@TempDir
	Path tmp;

	private static String proc(long pid, String file) throws Exception {
		return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), file))).replace('\0', '\n');
	}

	@Test
	void theApiKeyNeverAppearsOnTheCommandLine() throws Exception {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				Codex codex = Codex.start(Fixtures.config(home.path()).apiKey(KEY).build())) {
			long pid = codex.pid().getAsLong();
			assertThat(proc(pid, "cmdline")).doesNotContain(KEY).contains("app-server");
			assertThat(proc(pid, "environ")).doesNotContain(KEY);
			assertThat(codex.config().toString()).doesNotContain(KEY);
		}
	}

	@Test
	void anAllowListKeepsTheHostEnvironmentAwayFromTheChild() throws Exception {
		assertThat(System.getenv("HOME")).as("this test needs HOME in the JVM's environment").isNotNull();
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				Codex codex = Codex.start(Fixtures.config(home.path()).inheritOnly("PATH").env("EXTRA_FLAG", "1").build())) {
			Set<String> names = Arrays.stream(proc(codex.pid().getAsLong(), "environ").split("\n"))
				.filter((line) -> line.contains("="))
				.map((line) -> line.substring(0, line.indexOf('=')))
				.collect(Collectors.toSet());
			assertThat(names).containsExactlyInAnyOrder("PATH", "EXTRA_FLAG", "CODEX_HOME");
		}
	}

	@Test
	void aCodexHomeTheClientCreatesIsPrivate() throws Exception {
		Path home = this.tmp.resolve("fresh").resolve("codex-home");
		try (MockModel model = MockModel.start();
				Codex codex = Codex.start(dev.codexjava.client.CodexConfig.builder()
					.codexBinary(CodexBinaries.require())
					.codexHome(home)
					.workingDirectory(this.tmp)
					// no config.toml in a new home: wire the provider to the mock through --config overrides
					.config("model", "mock-model")
					.config("model_provider", "mock")
					.config("model_providers", java.util.Map.of("mock", java.util.Map.of("name", "mock", "base_url",
							model.baseUrl(), "request_max_retries", 0, "stream_max_retries", 0)))
					.build())) {
			assertThat(codex.serverInfo().codexHome()).isEqualTo(home.toString());
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
			model.enqueue(dev.codexjava.testkit.MockResponse.text("configured by overrides"));
			assertThat(codex.startThread().run("hi").finalResponse()).isEqualTo("configured by overrides");
			assertThat(model.requests().get(0).model()).isEqualTo("mock-model");
		}
	}

}
