package dev.codexjava.spring.autoconfigure.actuate;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} that keeps Codex secrets
 * out of the Actuator {@code env} and {@code configprops} endpoints, also with
 * {@code management.endpoint.env.show-values=ALWAYS} or {@code management.endpoint.configprops.show-values=ALWAYS}:
 * a {@link SanitizingFunction} that masks {@code codex.api-key}, {@code codex.env.*}, secret-looking
 * {@code codex.config.*} keys (also header values and environment tables), any property whose value contains one of
 * those secrets (such as {@code sun.java.command}) and the user-info of URLs. Active when the Actuator is on
 * the class path, also with {@code codex.enabled=false} (the properties may still hold secrets).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class CodexActuatorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "codexSanitizingFunction")
	SanitizingFunction codexSanitizingFunction(Environment environment) {
		return new CodexSanitizingFunction(() -> CodexSanitizingFunction.secrets(environment));
	}

}
