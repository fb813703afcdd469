package dev.codexjava.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Invalid {@code codex.*} values fail the context, and {@link InvalidCodexPropertyFailureAnalyzer} names the property
 * and the allowed values.
 */
@ExtendWith(OutputCaptureExtension.class)
class CodexPropertiesValidationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			codex.sandbox              | everything  | read-only, workspace-write, danger-full-access
			codex.approval-policy      | untrusted   | per thread or turn
			codex.approval-policy      | untrusted   | [on-request, never]
			codex.approval-policy      | sometimes   | on-request, never
			codex.approvals.default    | maybe       | decline, accept
			codex.approvals.handler-threads | 0      | between 1 and 1024
			codex.approvals.timeout    | -1s         | zero or more
			codex.startup-timeout      | -5s         | positive duration
			codex.request-timeout      | 0s          | positive duration
			codex.turn-timeout         | soon        | a duration, such as 30s
			codex.turn-timeout         | -1m         | zero or more
			codex.shutdown-timeout     | -1ms        | positive duration
			codex.retry.max-retries    | -1          | between 0 and 2147483646
			codex.retry.max-attempts   | 0           | at least 1
			codex.retry.jitter         | -1ms        | zero or more
			codex.retry.jitter         | 0.2         | the former 0.2 of the delay (250ms) is 50ms
			codex.retry.jitter         | 300ms       | not be larger than codex.retry.delay (PT0.25S)
			codex.retry.multiplier     | 0.5         | at least 1.0
			codex.retry.delay          | -1s         | zero or more
			codex.retry.initial-delay  | -1s         | zero or more
			codex.retry.max-delay      | 10ms        | not be smaller than codex.retry.delay
			codex.lifecycle.phase      | first       | a whole number
			codex.model                | ' '         | must not be blank
			codex.config.approval_policy | untrusted | per thread or turn
			codex.config.sandbox_mode  | everything  | [read-only, workspace-write, danger-full-access]
			""")
	void invalidValueIsRejectedWithPropertyNameAndAllowedValues(String property, String value, String expected) {
		this.runner.withPropertyValues(property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidCodexPropertyFailureAnalyzer(null).analyze(context.getStartupFailure());
			assertThat(analysis).as("analysis of %s", context.getStartupFailure()).isNotNull();
			assertThat(analysis.getDescription()).contains("'" + property + "'").contains(expected);
			assertThat(analysis.getAction()).contains("'" + property + "'").contains(expected);
		});
	}

	@Test
	void rejectedValueIsNamedInTheExceptionItself() {
		this.runner.withPropertyValues("codex.approval-policy=untrusted").run((context) -> assertThat(context)
			.getFailure()
			.rootCause()
			.hasMessageContaining("codex.approval-policy")
			.hasMessageContaining("on-request, never")
			.hasMessageContaining("per thread or turn"));
	}

	@Test
	void apiKeyValueIsNeverShown() {
		FailureAnalysis analysis = new InvalidCodexPropertyFailureAnalyzer(null).analyze(
				AllowedValues.invalid("codex.env.OPENAI_API_KEY", "sk-secret", "must be something else"));
		assertThat(analysis.getDescription()).doesNotContain("sk-secret").contains("******");
	}

	@Test
	void otherFailuresAreLeftToOtherAnalyzers() {
		assertThat(new InvalidCodexPropertyFailureAnalyzer(null).analyze(new IllegalStateException("boom"))).isNull();
		assertThat(new InvalidCodexPropertyFailureAnalyzer(null)
			.analyze(AllowedValues.invalid("spring.application.name", "x", "must be y"))).isNull();
	}

	@Test
	void springApplicationReportsTheAnalysis(CapturedOutput output) {
		SpringApplication application = new SpringApplication(EmptyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--codex.sandbox=everything",
				"--codex.lifecycle.auto-startup=false", "--spring.main.banner-mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value 'everything' for configuration property 'codex.sandbox'")
			.contains("read-only, workspace-write, danger-full-access");
	}

	@Test
	void springApplicationReportsRejectedValuesWithTheirOrigin(CapturedOutput output) {
		SpringApplication application = new SpringApplication(EmptyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--codex.approval-policy=untrusted",
				"--codex.lifecycle.auto-startup=false", "--spring.main.banner-mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value 'untrusted' for configuration property 'codex.approval-policy' (originating from")
			.contains("commandLineArgs")
			.contains("on-request, never")
			.contains("per thread or turn");
	}

	@Test
	void springApplicationReportsAMissingBinary(CapturedOutput output) {
		SpringApplication application = new SpringApplication(EmptyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--codex.binary=/does/not/exist/codex",
				"--spring.main.banner-mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The Codex app-server could not be started (BINARY_NOT_FOUND)")
			.contains("npm install -g @openai/codex@0.169.0")
			.contains("'codex.binary'");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(CodexAutoConfiguration.class)
	static class EmptyApplication {

	}

}
