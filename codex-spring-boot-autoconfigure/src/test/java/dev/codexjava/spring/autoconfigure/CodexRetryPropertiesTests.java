package dev.codexjava.spring.autoconfigure;

import java.io.InputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The {@code codex.retry.*} properties in Spring's words ({@code max-retries}, {@code delay}, {@code jitter} as a
 * duration), with the former {@code max-attempts} and {@code initial-delay} as deprecated aliases.
 */
class CodexRetryPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@Test
	void formerNamesStillBind() {
		this.runner.withPropertyValues("codex.retry.max-attempts=5", "codex.retry.initial-delay=100ms")
			.run((context) -> {
				CodexProperties.Retry retry = context.getBean(CodexProperties.class).getRetry();
				assertThat(retry.getMaxRetries()).as("5 attempts are 4 retries").isEqualTo(4);
				assertThat(retry.getDelay()).isEqualTo(Duration.ofMillis(100));
				RetryPolicy policy = context.getBean(CodexConfig.class).retryPolicy();
				assertThat(policy.maxAttempts()).isEqualTo(5);
				assertThat(policy.initialDelay()).isEqualTo(Duration.ofMillis(100));
				// unset jitter follows the delay: a fifth, the SDK's 0.2
				assertThat(policy.jitter()).isEqualTo(0.2);
			});
	}

	@Test
	void newNamesBindWithSpringsMeaning() {
		this.runner.withPropertyValues("codex.retry.max-retries=0", "codex.retry.delay=1s", "codex.retry.jitter=250ms",
				"codex.retry.max-delay=4s", "codex.retry.multiplier=1.5").run((context) -> {
					RetryPolicy policy = context.getBean(CodexConfig.class).retryPolicy();
					assertThat(policy).isEqualTo(new RetryPolicy(1, Duration.ofSeconds(1), 1.5, Duration.ofSeconds(4),
							0.25));
				});
	}

	@Test
	void settingAFormerNameTogetherWithItsReplacementFails() {
		this.runner.withPropertyValues("codex.retry.max-attempts=5", "codex.retry.max-retries=2").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidCodexPropertyFailureAnalyzer(null).analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'codex.retry.max-attempts'")
				.contains("is the deprecated alias of codex.retry.max-retries, which is set too: keep only "
						+ "codex.retry.max-retries (max-retries = max-attempts - 1)");
		});
		this.runner.withPropertyValues("codex.retry.delay=1s", "codex.retry.initial-delay=1s").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidCodexPropertyFailureAnalyzer(null).analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'codex.retry.initial-delay'")
				.contains("keep only codex.retry.delay");
		});
	}

	@Test
	void bothOrdersOfSettingAnAliasAndItsReplacementFail() {
		CodexProperties.Retry aliasFirst = new CodexProperties.Retry();
		setMaxAttempts(aliasFirst, 3);
		assertThat(catchThrowable(() -> aliasFirst.setMaxRetries(2)))
			.hasMessageContaining("codex.retry.max-attempts");
		CodexProperties.Retry replacementFirst = new CodexProperties.Retry();
		replacementFirst.setMaxRetries(2);
		assertThat(catchThrowable(() -> setMaxAttempts(replacementFirst, 3)))
			.hasMessageContaining("codex.retry.max-attempts");
	}

	@Test
	void theMetadataMarksTheFormerNamesDeprecatedWithTheirReplacement() throws Exception {
		Map<String, JsonNode> metadata = metadata();
		JsonNode maxAttempts = metadata.get("codex.retry.max-attempts");
		assertThat(maxAttempts.path("deprecated").asBoolean()).isTrue();
		assertThat(maxAttempts.path("deprecation").path("replacement").asString()).isEqualTo("codex.retry.max-retries");
		assertThat(maxAttempts.path("deprecation").path("level").asString("warning")).isEqualTo("warning");
		assertThat(maxAttempts.path("description").asString()).isNotBlank();
		JsonNode initialDelay = metadata.get("codex.retry.initial-delay");
		assertThat(initialDelay.path("deprecated").asBoolean()).isTrue();
		assertThat(initialDelay.path("deprecation").path("replacement").asString()).isEqualTo("codex.retry.delay");
		for (String name : new String[] { "codex.retry.max-retries", "codex.retry.delay", "codex.retry.jitter",
				"codex.retry.multiplier", "codex.retry.max-delay", "codex.retry.enabled", "codex.retry.sdk.enabled",
				"codex.retry.advice.enabled" }) {
			assertThat(metadata).containsKey(name);
			assertThat(metadata.get(name).has("deprecation")).as(name).isFalse();
		}
		assertThat(metadata.get("codex.retry.jitter").path("type").asString()).isEqualTo("java.time.Duration");
		assertThat(metadata.get("codex.retry.max-retries").path("defaultValue").asLong()).isEqualTo(2);
	}

	@SuppressWarnings("removal")
	private static void setMaxAttempts(CodexProperties.Retry retry, int attempts) {
		retry.setMaxAttempts(attempts);
	}

	private static Map<String, JsonNode> metadata() throws Exception {
		String location = CodexProperties.class.getProtectionDomain().getCodeSource().getLocation().toString();
		for (java.net.URL url : Collections.list(CodexRetryPropertiesTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			if (url.toString().startsWith(location) || url.toString().startsWith("jar:" + location + "!")) {
				try (InputStream in = url.openStream()) {
					Map<String, JsonNode> properties = new LinkedHashMap<>();
					for (JsonNode property : JsonMapper.builder().build().readTree(in).path("properties")) {
						properties.put(property.path("name").asString(), property);
					}
					return properties;
				}
			}
		}
		throw new IllegalStateException("no configuration metadata next to " + location);
	}

}
