package dev.codexjava.spring.autoconfigure.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.error.ModelUnreachableException;
import dev.codexjava.spring.autoconfigure.testsupport.MockBackend;
import dev.codexjava.testkit.CodexBinaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The starter in a fresh application, as a new user tries it: the real binary with its default (openai) model
 * provider, no login and no API key, on an offline machine. Start-up warns, health says {@code OUT_OF_SERVICE} with
 * the reason, and a turn fails with {@link ModelUnreachableException} after {@code codex.model-unreachable-timeout}
 * instead of waiting out the 30-minute turn timeout. A provider that needs no login stays {@code UP}.
 */
@ExtendWith(OutputCaptureExtension.class)
class CodexModelUnreachableTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	@RegisterExtension
	final MockBackend backend = new MockBackend();

	@TempDir
	Path tmp;

	private ConfigurableApplicationContext start(Path home, String... extra) {
		String[] base = { "--server.port=0", "--spring.main.banner-mode=off",
				"--management.endpoints.web.exposure.include=health",
				"--management.endpoint.health.show-details=always", "--codex.binary=" + CodexBinaries.require(),
				"--codex.codex-home=" + home, "--codex.working-directory=" + home, "--codex.inherit-env=PATH" };
		String[] args = new String[base.length + extra.length];
		System.arraycopy(base, 0, args, 0, base.length);
		System.arraycopy(extra, 0, args, base.length, extra.length);
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.SERVLET).run(args);
	}

	@Test
	void withoutCredentialsStartupWarnsHealthIsOutOfServiceAndATurnFailsFast(CapturedOutput output) throws Exception {
		Path home = Files.createDirectories(this.tmp.resolve("fresh-home"));
		Files.writeString(home.resolve("config.toml"),
				"model = \"gpt-5.5\"\napproval_policy = \"never\"\nsandbox_mode = \"read-only\"\n");
		try (ConfigurableApplicationContext context = start(home, "--codex.model-unreachable-timeout=2s")) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			// the account is read once, in the background, after start-up
			Awaitility.await()
				.atMost(TIMEOUT)
				.until(() -> codexHealth(base).path("details").path("account").has("requiresOpenaiAuth"));
			JsonNode codex = codexHealth(base);
			assertThat(codex.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
			assertThat(codex.path("details").path("reason").asString()).contains("credentials")
				.contains("codex.api-key");
			assertThat(codex.path("details").path("account").path("requiresOpenaiAuth").asBoolean()).isTrue();
			assertThat(codex.path("details").path("account").path("signedIn").asBoolean()).isFalse();
			assertThat(output.getAll()).contains("WARN").contains("needs OpenAI credentials");

			CodexThread thread = context.getBean(Codex.class)
				.startThread(ThreadOptions.builder().ephemeral(true).build());
			long start = System.nanoTime();
			ModelUnreachableException failure = catchThrowableOfType(ModelUnreachableException.class,
					() -> thread.run("hi"));
			assertThat(failure).as("the turn fails with the typed exception").isNotNull();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
		}
	}

	@Test
	void aProviderThatNeedsNoLoginIsUp(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = start(this.backend.home().path())) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			Awaitility.await()
				.atMost(TIMEOUT)
				.until(() -> codexHealth(base).path("details").path("account").has("requiresOpenaiAuth"));
			JsonNode codex = codexHealth(base);
			assertThat(codex.path("status").asString()).isEqualTo("UP");
			assertThat(codex.path("details").has("reason")).isFalse();
			assertThat(output.getAll()).doesNotContain("needs OpenAI credentials");
		}
	}

	private JsonNode codexHealth(String base) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body()).path("components").path("codex");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
