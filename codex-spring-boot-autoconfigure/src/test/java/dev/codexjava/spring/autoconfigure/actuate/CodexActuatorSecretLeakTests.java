package dev.codexjava.spring.autoconfigure.actuate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Actuator {@code env} and {@code configprops} endpoints, over HTTP, with every value shown
 * ({@code show-values=always}), when Codex secrets are also found inside other properties: the command line in
 * {@code sun.java.command}, {@code JAVA_TOOL_OPTIONS}, {@code SPRING_APPLICATION_JSON}, a provider's HTTP header, a
 * URL with a password. No secret appears in any response, and harmless values stay readable.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"management.endpoints.web.exposure.include=env,configprops", "management.endpoint.env.show-values=always",
		"management.endpoint.configprops.show-values=always", "codex.lifecycle.auto-startup=false",
		"codex.binary=/bin/true", "codex.request-timeout=42s", "app.greeting=hello-visible-value",
		// the configured secrets
		"codex.api-key=" + CodexActuatorSecretLeakTests.API_KEY,
		"codex.env.SERVICE_TOKEN=" + CodexActuatorSecretLeakTests.ENV_SECRET,
		"codex.config.model_providers.corp.http_headers.X-Corp-Auth=" + CodexActuatorSecretLeakTests.HEADER_SECRET,
		"codex.config.model_providers.corp.base_url=https://svc-user:" + CodexActuatorSecretLeakTests.URL_PASSWORD
				+ "@models.corp.example/v1",
		"codex.config.mcp_servers.docs.env.DOCS_PAT=" + CodexActuatorSecretLeakTests.MCP_SECRET,
		"app.database-url=jdbc:postgresql://dbuser:" + CodexActuatorSecretLeakTests.DB_PASSWORD + "@db.example/app",
		// a remote server: the token file's path is fine to show, a token typed in by mistake is not
		"codex.servers[0].url=ws://127.0.0.1:4500", "codex.servers[0].token-file=/etc/hostname",
		"codex.servers[0].token=" + CodexActuatorSecretLeakTests.SERVER_TOKEN,
		// the same secrets inside other properties, as a launch would put them there
		"sun.java.command=dev.example.SampleApp --server.port=8080 --codex.api-key="
				+ CodexActuatorSecretLeakTests.API_KEY,
		"JAVA_TOOL_OPTIONS=-Xmx512m -Dcodex.env.SERVICE_TOKEN=" + CodexActuatorSecretLeakTests.ENV_SECRET,
		"SPRING_APPLICATION_JSON={\"codex\":{\"config\":{\"model_providers\":{\"corp\":{\"experimental_bearer_token\":\""
				+ CodexActuatorSecretLeakTests.BEARER + "\"}}}}}",
		"app.curl-example=curl -H 'X-Corp-Auth: " + CodexActuatorSecretLeakTests.HEADER_SECRET
				+ "' https://models.corp.example" })
class CodexActuatorSecretLeakTests {

	static final String API_KEY = "sk-test-SECRET-cmdline-0123456789abcdef";

	static final String ENV_SECRET = "svc-SECRET-envvalue-fedcba987654";

	static final String HEADER_SECRET = "corp-SECRET-header-5f4e3d2c1b";

	static final String URL_PASSWORD = "urlSECRETpw4711";

	static final String MCP_SECRET = "ghp_SECRETmcp0123456789";

	static final String BEARER = "bearer-SECRET-json-abcdef012345";

	static final String DB_PASSWORD = "dbSECRETpw0815";

	static final String SERVER_TOKEN = "srv-SECRET-captoken-0a1b2c3d4e";

	private static final List<String> SECRETS = List.of(API_KEY, ENV_SECRET, HEADER_SECRET, URL_PASSWORD, MCP_SECRET,
			BEARER, DB_PASSWORD, SERVER_TOKEN);

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	@Autowired
	private Environment environment;

	@Test
	void theWholeEnvShowsNoSecretButHarmlessValues() throws Exception {
		String env = get("/actuator/env");
		assertNoSecret(env);
		assertThat(env).contains("hello-visible-value").contains("42s").contains("models.corp.example");
		assertThat(env).as("the JSON was applied").contains("experimental_bearer_token");
	}

	@Test
	void eachPropertyThatHoldsOrContainsASecretIsMasked() throws Exception {
		for (String name : List.of("codex.api-key", "codex.env.SERVICE_TOKEN", "sun.java.command", "JAVA_TOOL_OPTIONS",
				"SPRING_APPLICATION_JSON", "codex.config.model_providers.corp.http_headers.X-Corp-Auth",
				"codex.config.model_providers.corp.experimental_bearer_token",
				"codex.config.mcp_servers.docs.env.DOCS_PAT", "app.curl-example", "codex.servers[0].token")) {
			String body = get("/actuator/env/" + name);
			assertNoSecret(body);
			assertThat(value(body)).as(name).isEqualTo("******");
		}
		// URLs keep their host, only the user-info goes
		assertThat(value(get("/actuator/env/codex.config.model_providers.corp.base_url")))
			.isEqualTo("https://******@models.corp.example/v1");
		assertThat(value(get("/actuator/env/app.database-url"))).isEqualTo("jdbc:postgresql://******@db.example/app");
		// and the rest stays readable
		assertThat(value(get("/actuator/env/app.greeting"))).isEqualTo("hello-visible-value");
		assertThat(value(get("/actuator/env/codex.request-timeout"))).isEqualTo("42s");
		assertThat(value(get("/actuator/env/codex.servers[0].token-file"))).isEqualTo("/etc/hostname");
		assertThat(value(get("/actuator/env/codex.servers[0].url"))).isEqualTo("ws://127.0.0.1:4500");
	}

	@Test
	void configpropsShowsNoSecretButHarmlessValues() throws Exception {
		String configprops = get("/actuator/configprops");
		assertNoSecret(configprops);
		JsonNode codex = codexProperties(configprops);
		assertThat(codex.path("requestTimeout").asString()).isEqualTo("PT42S");
		assertThat(codex.path("apiKey").asString()).isEqualTo("******");
		assertThat(codex.path("env").path("SERVICE_TOKEN").asString()).isEqualTo("******");
		assertThat(configprops).contains("models.corp.example");
		assertThat(codex.path("servers").path(0).path("tokenFile").asString()).endsWith("/etc/hostname");
	}

	private static void assertNoSecret(String body) {
		for (String secret : SECRETS) {
			assertThat(body).as("response shows no secret").doesNotContain(secret);
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

	private String get(String path) throws Exception {
		String url = "http://127.0.0.1:" + this.environment.getProperty("local.server.port")
				+ path.replace("[", "%5B").replace("]", "%5D");
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response.body();
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
