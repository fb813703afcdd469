package dev.codexjava.spring.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UnknownCodexPropertiesWarning}: a typo'd {@code codex.*} key is reported at start-up with the
 * nearest known key and without its value; known keys (also relaxed, indexed and map keys) are not.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnknownCodexPropertiesWarningTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@Test
	void aTypoIsReportedWithTheNearestKnownKeyButNotItsValue(CapturedOutput output) {
		this.runner.withPropertyValues("codex.retry.max-retires=7", "codex.binray=/opt/secret-path-s3cr3t")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).contains("Unknown Codex property 'codex.retry.max-retires'")
					.contains("did you mean 'codex.retry.max-retries'?")
					.contains("Unknown Codex property 'codex.binray'")
					.contains("did you mean 'codex.binary'?")
					.doesNotContain("s3cr3t");
			});
	}

	@Test
	void knownKeysInAnyRelaxedFormAreNotReported(CapturedOutput output) {
		this.runner
			.withPropertyValues("codex.retry.maxRetries=3", "codex.request-timeout=5s", "codex.env.MY_TOKEN=x",
					"codex.config.model_reasoning_effort=high", "codex.config.features.web_search=true",
					"codex.servers[0].name=one", "codex.servers[0].url=ws://127.0.0.1:1",
					"codex.Lifecycle.Auto-Startup=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).doesNotContain("Unknown Codex property");
			});
	}

	@Test
	void environmentVariablesOfTheCliAndTheTestkitSystemPropertiesAreNotReported(CapturedOutput output) {
		this.runner.withInitializer((context) -> {
			var sources = context.getEnvironment().getPropertySources();
			sources.addLast(new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("CODEX_HOME", "/tmp/h", "CODEX_BIN", "/tmp/codex")));
			sources.addLast(new MapPropertySource("testkit", Map.of("codex.bin", "/tmp/codex",
					"codex.install.dir", "/tmp", "codex.version", "0.169.0")));
		}).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).doesNotContain("Unknown Codex property");
		});
	}

	@Test
	void aKeyFarFromEveryKnownOneGetsNoSuggestion(CapturedOutput output) {
		this.runner.withPropertyValues("codex.something-completely-different=1").run((context) -> {
			assertThat(output).contains("Unknown Codex property 'codex.something-completely-different'")
				.contains("no Codex property has a similar name");
		});
	}

	@Test
	void withoutMetadataOnTheClassPathNothingIsReported(CapturedOutput output) {
		this.runner
			.withClassLoader(new FilteredClassLoader(
					new ClassPathResource("META-INF/spring-configuration-metadata.json")))
			.withPropertyValues("codex.binray=/x")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).doesNotContain("Unknown Codex property");
			});
	}

}
