package dev.codexjava.spring.autoconfigure.actuate;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CodexActuatorAutoConfiguration}: the {@link SanitizingFunction} exists only with the Actuator on the class
 * path, and masks the Codex secrets in every spelling Boot hands it, and nothing else.
 */
class CodexActuatorAutoConfigurationTests {

	private static final String KEY = "sk-test-SECRET-sanitizer-0123456789";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexActuatorAutoConfiguration.class));

	@Test
	void registersTheFunctionWhenTheActuatorIsPresent() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(SanitizingFunction.class)
			.hasBean("codexSanitizingFunction"));
	}

	@Test
	void backsOffWithoutTheActuator() {
		this.runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("codexSanitizingFunction"));
	}

	@Test
	void backsOffForAUserFunctionOfTheSameName() {
		SanitizingFunction own = (data) -> data;
		this.runner.withBean("codexSanitizingFunction", SanitizingFunction.class, () -> own)
			.run((context) -> assertThat(context.getBean("codexSanitizingFunction")).isSameAs(own));
	}

	@Test
	void masksTheApiKeyEnvAndSecretLookingConfigKeysInEverySpelling() {
		this.runner.withPropertyValues("codex.api-key=" + KEY).run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			for (String key : new String[] { "codex.api-key", "codex.apiKey", "CODEX_API_KEY", "codex.api_key",
					"codex.env.OPENAI_API_KEY", "CODEX_ENV_DATABASE_URL", "codex.env[RUST_LOG]",
					"codex.config.model_providers.corp.experimental_bearer_token",
					"codex.config.model_providers.corp.http_headers.Authorization", "codex.config.some-secret" }) {
				assertThat(sanitized(function, key, "some value")).as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
		});
	}

	@Test
	void masksTheConfiguredKeyUnderAnyOtherName() {
		this.runner.withPropertyValues("codex.api-key=" + KEY).run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			assertThat(sanitized(function, "OPENAI_API_KEY", KEY)).isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(sanitized(function, "my.app.openai", " " + KEY + " ")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		});
	}

	@Test
	void leavesEverythingElseAlone() {
		this.runner.withPropertyValues("codex.api-key=short").run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			assertThat(sanitized(function, "codex.request-timeout", "60s")).isEqualTo("60s");
			assertThat(sanitized(function, "codex.config.model", "gpt-5.5")).isEqualTo("gpt-5.5");
			assertThat(sanitized(function, "codex.enabled", true)).isEqualTo(true);
			assertThat(sanitized(function, "codex.inherit-env", "PATH")).isEqualTo("PATH");
			assertThat(sanitized(function, "spring.application.name", "app")).isEqualTo("app");
			// a key too short to be matched by value is still masked under its own name
			assertThat(sanitized(function, "other.name", "short")).isEqualTo("short");
			assertThat(sanitized(function, "codex.api-key", "short")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		});
	}

	@Test
	void anUnresolvableKeyPlaceholderDoesNotBreakTheEndpoint() {
		this.runner.withPropertyValues("codex.api-key=${NOT_DEFINED_ANYWHERE}").run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			assertThat(sanitized(function, "server.port", "8080")).isEqualTo("8080");
			assertThat(sanitized(function, "codex.api-key", "${NOT_DEFINED_ANYWHERE}"))
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
		});
	}

	private static Object sanitized(SanitizingFunction function, String key, Object value) {
		return function.applyUnlessFiltered(new SanitizableData(null, key, value)).getValue();
	}

}
