package dev.codexjava.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the child process can see (its argv, its environment, its CODEX_HOME) and what exceptions say about the API
 * key. The Spring Boot side ({@code codex.api-key}, logs, Actuator) is tested in codex-spring-boot-autoconfigure's
 * {@code CodexSecurityTests} and {@code CodexActuatorEndpointsTests}.
 */
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

	@Test
	void withoutConfigurationTheAppServerIsReadOnlyAndAsksBeforeEscalating() throws Exception {
		// a new CODEX_HOME without config.toml, so no sandbox_mode or approval_policy anywhere
		Path home = this.tmp.resolve("defaults-home");
		Path work = Files.createDirectories(this.tmp.resolve("work"));
		try (MockModel model = MockModel.start();
				Codex codex = Codex.start(dev.codexjava.client.CodexConfig.builder()
					.codexBinary(CodexBinaries.require())
					.codexHome(home)
					.workingDirectory(work)
					.config("model", "mock-model")
					.config("model_provider", "mock")
					.config("model_providers", java.util.Map.of("mock", java.util.Map.of("name", "mock", "base_url",
							model.baseUrl(), "request_max_retries", 0, "stream_max_retries", 0)))
					.build())) {
			var started = codex.request("thread/start", java.util.Map.of("ephemeral", true, "cwd", work.toString()));
			assertThat(started.path("sandbox").path("type").asString()).isEqualTo("readOnly");
			assertThat(started.path("sandbox").path("networkAccess").asBoolean()).isFalse();
			assertThat(started.path("approvalPolicy").asString()).isEqualTo("on-request");
			assertThat(started.path("approvalsReviewer").asString()).isEqualTo("user");
		}
	}

	@Test
	void aRejectedLoginSaysWhyWithoutTheKey() throws Exception {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).extraToml("forced_login_method = \"chatgpt\"").build()) {
			// the configured key is rejected during start-up
			CodexStartupException startup = catchThrowableOfType(CodexStartupException.class,
					() -> Codex.start(Fixtures.config(home.path()).apiKey(KEY).build()).close());
			assertThat(startup).isNotNull().hasMessageContaining("API key login is disabled");
			assertThat(startup.reason()).isEqualTo(CodexStartupException.Reason.LOGIN_FAILED);
			assertThat(stackTrace(startup)).doesNotContain(KEY);

			// an explicit login on a running client is rejected, then a login after close
			Codex codex = Codex.start(Fixtures.config(home.path()).build());
			try {
				InvalidRequestException rejected = catchThrowableOfType(InvalidRequestException.class,
						() -> codex.loginApiKey(KEY));
				assertThat(rejected).isNotNull().hasMessageContaining("API key login is disabled");
				assertThat(stackTrace(rejected)).doesNotContain(KEY);
			}
			finally {
				codex.close();
			}
			Throwable closed = catchThrowable(() -> codex.loginApiKey(KEY));
			assertThat(closed).isNotNull();
			assertThat(stackTrace(closed)).doesNotContain(KEY);
		}
	}

	private static String stackTrace(Throwable failure) {
		StringWriter text = new StringWriter();
		failure.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

}
