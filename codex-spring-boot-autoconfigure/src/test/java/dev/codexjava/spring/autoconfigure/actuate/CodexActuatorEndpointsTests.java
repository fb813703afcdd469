package dev.codexjava.spring.autoconfigure.actuate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import dev.codexjava.client.Codex;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.spring.autoconfigure.testsupport.MockBackend;
import dev.codexjava.testkit.MockResponse;
import dev.codexjava.testkit.CodexBinaries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole web application with the Actuator, on the real {@code codex} binary, in the most revealing set-up:
 * {@code show-details=always} for health and {@code show-values=ALWAYS} for {@code env} and {@code configprops}. The
 * API key and the {@code codex.env} values never appear in any of the three endpoints.
 */
class CodexActuatorEndpointsTests {

	private static final String API_KEY = "sk-test-SECRET-actuator-0123456789abcdef";

	private static final String ENV_SECRET = "sk-test-SECRET-envvalue-fedcba987654";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	@RegisterExtension
	final MockBackend backend = new MockBackend();

	private List<String> arguments(String... extra) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--management.endpoints.web.exposure.include=health,env,configprops",
				"--management.endpoint.health.show-details=always", "--management.endpoint.env.show-values=ALWAYS",
				"--management.endpoint.configprops.show-values=ALWAYS", "--codex.binary=" + CodexBinaries.require(),
				"--codex.codex-home=" + this.backend.home().path(), "--codex.working-directory=" + this.backend.home().path(),
				"--codex.request-timeout=42s",
				// the key under another name as well, as with codex.api-key=${OPENAI_API_KEY}
				"--test.openai-key=" + API_KEY, "--codex.api-key=${test.openai-key}",
				"--codex.env.SERVICE_TOKEN=" + ENV_SECRET));
		args.addAll(List.of(extra));
		return args;
	}

	private ConfigurableApplicationContext start(String... extra) {
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.SERVLET)
			.run(arguments(extra).toArray(String[]::new));
	}

	@Test
	void healthEnvAndConfigpropsNeverShowTheSecrets() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");

			String health = get(base + "/actuator/health");
			JsonNode codex = JSON.readTree(health).path("components").path("codex");
			assertThat(codex.path("status").asString()).isEqualTo("UP");
			assertThat(codex.path("details").path("apiKeyConfigured").asBoolean()).isTrue();
			assertThat(codex.path("details").path("pid").asLong()).isPositive();
			assertThat(health).doesNotContain(API_KEY).doesNotContain(ENV_SECRET);

			String env = get(base + "/actuator/env");
			assertThat(env).as("values are shown").contains("42s");
			assertThat(env).doesNotContain(API_KEY).doesNotContain(ENV_SECRET).contains("******");
			assertThat(value(get(base + "/actuator/env/codex.api-key"))).isEqualTo("******");
			assertThat(value(get(base + "/actuator/env/test.openai-key"))).isEqualTo("******");
			assertThat(value(get(base + "/actuator/env/codex.env.SERVICE_TOKEN"))).isEqualTo("******");
			assertThat(value(get(base + "/actuator/env/codex.request-timeout"))).isEqualTo("42s");

			String configprops = get(base + "/actuator/configprops");
			JsonNode codexProperties = codexProperties(configprops);
			assertThat(codexProperties.path("requestTimeout").asString()).as("values are shown").isEqualTo("PT42S");
			assertThat(codexProperties.path("apiKey").asString()).isEqualTo("******");
			assertThat(codexProperties.path("env").path("SERVICE_TOKEN").asString()).isEqualTo("******");
			assertThat(configprops).doesNotContain(API_KEY).doesNotContain(ENV_SECRET);
		}
	}

	@Test
	void codexEndpointShowsTheRunningTurnButNoPromptAndNoSecret() throws Exception {
		String marker = "PROMPT-MARKER-7f3a9c";
		this.backend.model().enqueue(MockResponse.text("ANSWER-MARKER-1b2c").withStall());
		try (ConfigurableApplicationContext context = start(
				"--management.endpoints.web.exposure.include=health,codex")) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			Codex codex = context.getBean(Codex.class);
			TurnHandle turn = codex.startThread().turn("Say something about " + marker);
			try {
				this.backend.model().awaitRequest(0, TIMEOUT);
				String body = get(base + "/actuator/codex");
				JsonNode client = JSON.readTree(body).path("clients").path("codex");
				assertThat(client.path("running").asBoolean()).isTrue();
				assertThat(client.path("serverVersion").asString())
					.isEqualTo(System.getProperty("codex.version", "0.169.0"));
				assertThat(client.path("activeTurns").asInt()).isEqualTo(1);
				assertThat(client.path("servers").get(0).path("name").asString()).isEqualTo("default");
				assertThat(body).doesNotContain(marker).doesNotContain("ANSWER-MARKER").doesNotContain(API_KEY)
					.doesNotContain(ENV_SECRET).doesNotContain(this.backend.home().path().toString());
			}
			finally {
				turn.interrupt();
			}
		}
	}

	@Test
	void postingToTheCodexEndpointInterruptsATurnOnlyWhenEnabled() throws Exception {
		this.backend.model().enqueue(MockResponse.text("never").withStall(), MockResponse.text("never").withStall());
		try (ConfigurableApplicationContext context = start(
				"--management.endpoints.web.exposure.include=health,codex")) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			TurnHandle turn = context.getBean(Codex.class).startThread().turn("hi");
			try {
				this.backend.model().awaitRequest(0, TIMEOUT);
				assertThat(post(base + "/actuator/codex", turn).statusCode()).isEqualTo(405);
				assertThat(turn.isDone()).isFalse();
			}
			finally {
				turn.interrupt();
			}
		}
		try (ConfigurableApplicationContext context = start("--management.endpoints.web.exposure.include=health,codex",
				"--management.endpoint.codex.interrupt.enabled=true")) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			TurnHandle turn = context.getBean(Codex.class).startThread().turn("hi");
			this.backend.model().awaitRequest(1, TIMEOUT);
			String activeTurns = JSON.readTree(get(base + "/actuator/codex")).path("activity").path("activeTurns").toString();
			assertThat(activeTurns).contains(turn.id()).contains("ageSeconds");
			HttpResponse<String> response = post(base + "/actuator/codex", turn);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(response.body()).path("interrupted").asBoolean()).isTrue();
			assertThat(turn.result().get(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).status())
				.isEqualTo(dev.codexjava.protocol.model.TurnStatus.INTERRUPTED);
		}
	}

	private HttpResponse<String> post(String url, TurnHandle turn) throws Exception {
		String body = "{\"threadId\":\"" + turn.threadId() + "\",\"turnId\":\"" + turn.id() + "\"}";
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void codexEndpointIsNotThereUnlessExposed() throws Exception {
		try (ConfigurableApplicationContext context = start("--codex.lifecycle.auto-startup=false")) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/codex"))
				.timeout(TIMEOUT)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(context.getBeanNamesForType(CodexEndpoint.class)).isEmpty();
		}
	}

	@Test
	void withoutTheSanitizingFunctionBootWouldShowTheKey() throws Exception {
		// the control case: proves the endpoints above really show values, and that the function is what masks them
		try (ConfigurableApplicationContext context = start("--codex.lifecycle.auto-startup=false",
				"--spring.autoconfigure.exclude=" + CodexActuatorAutoConfiguration.class.getName())) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			assertThat(get(base + "/actuator/env")).contains(API_KEY).contains(ENV_SECRET);
			assertThat(codexProperties(get(base + "/actuator/configprops")).path("apiKey").asString())
				.isEqualTo(API_KEY);
		}
	}

	private static JsonNode codexProperties(String configprops) {
		for (JsonNode context : JSON.readTree(configprops).path("contexts")) {
			for (JsonNode bean : context.path("beans")) {
				if ("codex".equals(bean.path("prefix").asString())) {
					return bean.path("properties");
				}
			}
		}
		throw new AssertionError("no codex.* bean in " + configprops);
	}

	private static String value(String propertyResponse) {
		return JSON.readTree(propertyResponse).path("property").path("value").asString();
	}

	private String get(String url) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response.body();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
