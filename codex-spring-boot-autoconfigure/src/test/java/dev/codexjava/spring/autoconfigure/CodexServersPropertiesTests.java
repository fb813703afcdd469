package dev.codexjava.spring.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexServer;
import dev.codexjava.spring.autoconfigure.health.CodexHealthContributorAutoConfiguration;
import dev.codexjava.spring.autoconfigure.health.CodexHealthIndicator;
import dev.codexjava.spring.autoconfigure.health.CodexPoolHealthIndicator;
import dev.codexjava.spring.autoconfigure.metrics.CodexMetricsAutoConfiguration;
import dev.codexjava.spring.autoconfigure.metrics.CodexMetricsListener;
import dev.codexjava.transport.RemoteEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code codex.servers}, {@code codex.local.instances} and {@code codex.launch-command}: how they map onto the
 * {@link CodexConfig}, how bad values are rejected (with the property's index, never a token), and which listeners and
 * health indicator each shape gets.
 */
class CodexServersPropertiesTests {

	private static final String TOKEN = "cap-token-SECRET-0123456789abcdef";

	@TempDir
	static Path dir;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	private static Path tokenFile() throws Exception {
		Path file = dir.resolve("token");
		Files.writeString(file, TOKEN + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private static Path secretFile() throws Exception {
		Path file = dir.resolve("secret");
		Files.writeString(file, "a-shared-secret-of-at-least-32-bytes-SECRET", StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void withoutServerPropertiesTheClientRunsOneLocalChild() {
		this.runner.run((context) -> {
			CodexConfig config = context.getBean(CodexConfig.class);
			assertThat(config.endpoint()).isNull();
			assertThat(config.servers()).isEmpty();
			assertThat(config.launchCommand()).isNull();
		});
	}

	@Test
	void oneRemoteServerWithoutLocalChildrenIsTheClientsEndpoint() throws Exception {
		Path token = tokenFile();
		this.runner
			.withPropertyValues("codex.servers[0].name=east", "codex.servers[0].url=ws://127.0.0.1:4500",
					"codex.servers[0].token-file=" + token)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				CodexConfig config = context.getBean(CodexConfig.class);
				assertThat(config.servers()).isEmpty();
				RemoteEndpoint endpoint = config.endpoint();
				assertThat(endpoint.uri()).hasToString("ws://127.0.0.1:4500");
				assertThat(endpoint.auth().toString()).contains("capability-token").contains(token.toString());
				assertThat(config.toString()).doesNotContain(TOKEN);
			});
	}

	@Test
	void localInstancesFormAPoolOfNamedChildren() {
		this.runner
			.withPropertyValues("codex.local.instances=3", "codex.launch-command=wrapper,codex,app-server",
					"codex.shared-thread-storage=true")
			.run((context) -> {
				CodexConfig config = context.getBean(CodexConfig.class);
				assertThat(config.sharedThreadStorage()).isTrue();
				assertThat(config.servers()).extracting(CodexServer::name)
					.containsExactly("local-1", "local-2", "local-3");
				assertThat(config.servers()).allSatisfy((server) -> assertThat(server.endpoint()).isEmpty());
				assertThat(config.endpoint()).isNull();
				assertThat(config.launchCommand()).containsExactly("wrapper", "codex", "app-server");
			});
	}

	@Test
	void localAndRemoteServersFormOnePoolInOrder() throws Exception {
		Path token = tokenFile();
		Path secret = secretFile();
		this.runner
			.withPropertyValues("codex.local.instances=1", "codex.servers[0].name=east",
					"codex.servers[0].url=ws://127.0.0.1:4500", "codex.servers[0].token-file=" + token,
					"codex.servers[1].url=wss://codex.internal.example:443",
					"codex.servers[1].jwt.secret-file=" + secret, "codex.servers[1].jwt.issuer=my-app",
					"codex.servers[1].jwt.audience=codex", "codex.servers[1].jwt.token-lifetime=2m",
					"codex.servers[2].name=sock", "codex.servers[2].url=unix://" + dir.resolve("app.sock"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				CodexConfig config = context.getBean(CodexConfig.class);
				assertThat(config.endpoint()).isNull();
				assertThat(config.servers()).extracting(CodexServer::name)
					.containsExactly("local-1", "east", "remote-2", "sock");
				RemoteEndpoint jwt = config.servers().get(2).endpoint().orElseThrow();
				assertThat(jwt.kind()).isEqualTo(RemoteEndpoint.Kind.WSS);
				assertThat(jwt.auth().toString()).contains("signed-bearer-token")
					.contains("issuer=my-app")
					.contains("audience=codex")
					.contains("lifetime=PT2M");
				assertThat(config.servers().get(3).endpoint().orElseThrow().kind())
					.isEqualTo(RemoteEndpoint.Kind.UNIX);
				assertThat(config.toString()).doesNotContain(TOKEN).doesNotContain("SECRET");
			});
	}

	@Test
	void aTokenOverPlainWsToAnotherHostNeedsTheOptIn() throws Exception {
		Path token = tokenFile();
		ApplicationContextRunner remote = this.runner.withPropertyValues(
				"codex.servers[0].url=ws://codex.internal.example:4500", "codex.servers[0].token-file=" + token);
		remote.run((context) -> assertInvalid(context.getStartupFailure(), "codex.servers[0].url",
				"allow-credentials-in-clear"));
		remote.withPropertyValues("codex.servers[0].allow-credentials-in-clear=true")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).endpoint().uri().getHost())
				.isEqualTo("codex.internal.example"));
	}

	@Test
	void anSslBundleGivesWssItsTrustMaterial() {
		this.runner.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
			.withPropertyValues("spring.ssl.bundle.pem.codex.truststore.certificate=classpath:remote/test-ca.pem",
					"codex.servers[0].url=wss://codex.internal.example", "codex.servers[0].ssl-bundle=codex")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(CodexConfig.class).endpoint().sslContext()).isNotNull();
			});
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			codex.servers[0].url       | ftp://127.0.0.1:21        | codex.servers[0].url       | ws://HOST:PORT, wss://HOST:PORT or unix://PATH
			codex.servers[0].url       | 127.0.0.1:4500            | codex.servers[0].url       | ws://HOST:PORT, wss://HOST:PORT or unix://PATH
			codex.servers[0].url       | ' '                       | codex.servers[0].url       | must be set
			codex.servers[0].token-file | /nonexistent/codex-token | codex.servers[0].token-file | it does not exist
			codex.servers[0].token-file | /tmp                     | codex.servers[0].token-file | not a regular file
			codex.servers[0].jwt.issuer | my-app                   | codex.servers[0].jwt.secret-file | must be set
			codex.servers[0].name      | 'east coast'              | codex.servers[0].name      | A-Z a-z 0-9 . _ -
			codex.servers[0].name      | local-1                   | codex.servers[0].name      | must be unique
			codex.servers[0].ssl-bundle | codex                    | codex.servers[0].ssl-bundle | SslBundles
			codex.local.instances      | -1                        | codex.local.instances      | between 0 and 64
			codex.local.instances      | 0                         | codex.local.instances      | at least 1 when no codex.servers
			codex.launch-command       | ' '                       | codex.launch-command       | non-empty list
			""")
	void invalidServerSettingsAreRejectedByName(String property, String value, String failing, String expected) {
		List<String> base = property.startsWith("codex.servers[0]") && !property.endsWith(".url")
				? List.of("codex.servers[0].url=ws://127.0.0.1:4500", "codex.local.instances=1")
				: List.of();
		this.runner.withPropertyValues(base.toArray(String[]::new))
			.withPropertyValues(property + "=" + value)
			.run((context) -> assertInvalid(context.getStartupFailure(), failing, expected));
	}

	@Test
	void aTokenFileAndJwtTogetherAreRejected() throws Exception {
		Path token = tokenFile();
		this.runner
			.withPropertyValues("codex.servers[0].url=ws://127.0.0.1:4500", "codex.servers[0].token-file=" + token,
					"codex.servers[0].jwt.secret-file=" + secretFile(), "codex.servers[0].jwt.issuer=a",
					"codex.servers[0].jwt.audience=b")
			.run((context) -> assertInvalid(context.getStartupFailure(), "codex.servers[0].token-file",
					"choose one authentication mode"));
	}

	@Test
	void aLaunchCommandWithoutLocalChildrenIsRejected() {
		this.runner.withPropertyValues("codex.servers[0].url=ws://127.0.0.1:4500", "codex.launch-command=docker,run")
			.run((context) -> assertInvalid(context.getStartupFailure(), "codex.launch-command",
					"applies to local app-servers only"));
	}

	@Test
	void credentialsInTheUrlAreRejectedWithoutShowingThem() {
		this.runner.withPropertyValues("codex.servers[0].url=wss://svc:" + TOKEN + "@codex.example/?token=" + TOKEN)
			.run((context) -> {
				FailureAnalysis analysis = assertInvalid(context.getStartupFailure(), "codex.servers[0].url",
						"without credentials");
				assertThat(analysis.getDescription()).contains("wss://******@codex.example");
			});
	}

	@Test
	void aPoolGivesEachServerItsOwnTaggedListenerAndThePoolHealthIndicator() {
		MeterRegistry registry = new SimpleMeterRegistry();
		this.runner
			.withConfiguration(AutoConfigurations.of(CodexMetricsAutoConfiguration.class,
					CodexHealthContributorAutoConfiguration.class))
			.withBean(MeterRegistry.class, () -> registry)
			.withPropertyValues("codex.local.instances=2")
			.run((context) -> {
				CodexConfig config = context.getBean(CodexConfig.class);
				CodexMetricsListener bean = context.getBean(CodexMetricsListener.class);
				// neither the per-server metrics nor the single-server status hear every server's events
				assertThat(config.listeners()).doesNotContain(bean).noneMatch(CodexStatus.class::isInstance);
				CodexListener second = config.serverListeners().apply("local-2");
				second.onRequestCompleted("thread/start", Duration.ofMillis(3), null);
				assertThat(registry.get("codex.client.requests").tag("codex.server", "local-2").timer().count())
					.isEqualTo(1);
				assertThat(registry.find("codex.client.requests").tag("codex.server", "default").timer()).isNull();
				assertThat(context.getBean("codexHealthIndicator", HealthIndicator.class))
					.isInstanceOf(CodexPoolHealthIndicator.class);
			});
	}

	@Test
	void oneServerKeepsItsListenersTaggedDefaultAndTheSingleServerHealth() {
		MeterRegistry registry = new SimpleMeterRegistry();
		this.runner
			.withConfiguration(AutoConfigurations.of(CodexMetricsAutoConfiguration.class,
					CodexHealthContributorAutoConfiguration.class))
			.withBean(MeterRegistry.class, () -> registry)
			.run((context) -> {
				CodexConfig config = context.getBean(CodexConfig.class);
				CodexMetricsListener bean = context.getBean(CodexMetricsListener.class);
				assertThat(config.listeners()).contains(bean, context.getBean(CodexStatus.class));
				assertThat(config.serverListeners()).isNull();
				bean.onRequestCompleted("thread/start", Duration.ofMillis(3), null);
				assertThat(registry.get("codex.client.requests").tag("codex.server", "default").timer().count())
					.isEqualTo(1);
				assertThat(context.getBean("codexHealthIndicator", HealthIndicator.class))
					.isInstanceOf(CodexHealthIndicator.class);
			});
	}

	/** The failure names {@code property} and {@code expected}, and neither it nor its analysis shows the token. */
	private static FailureAnalysis assertInvalid(Throwable failure, String property, String expected) {
		assertThat(failure).as("start-up failure").isNotNull();
		FailureAnalysis analysis = new InvalidCodexPropertyFailureAnalyzer(null).analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).contains("'" + property + "'").contains(expected);
		assertThat(analysis.getAction()).contains(property);
		StringBuilder all = new StringBuilder(analysis.getDescription()).append(analysis.getAction());
		for (Throwable t = failure; t != null; t = t.getCause()) {
			all.append(t.getMessage());
		}
		assertThat(all.toString()).doesNotContain(TOKEN).doesNotContain("SECRET");
		return analysis;
	}

}
