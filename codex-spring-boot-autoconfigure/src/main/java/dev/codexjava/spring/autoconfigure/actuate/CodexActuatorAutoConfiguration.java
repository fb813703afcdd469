package dev.codexjava.spring.autoconfigure.actuate;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import dev.codexjava.client.Codex;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} that keeps Codex secrets
 * out of the Actuator {@code env} and {@code configprops} endpoints, also with
 * {@code management.endpoint.env.show-values=ALWAYS} or {@code management.endpoint.configprops.show-values=ALWAYS}:
 * a {@link SanitizingFunction} that masks {@code codex.api-key}, {@code codex.env.*}, secret-looking
 * {@code codex.config.*} keys (also header values and environment tables), any property whose value contains one of
 * those secrets (such as {@code sun.java.command}) and the user-info of URLs. Active when the Actuator is on
 * the class path, also with {@code codex.enabled=false} (the properties may still hold secrets). With a {@code Codex}
 * bean, also a {@link CodexInfoContributor} ({@code info.codex}) and, when enabled and exposed, the
 * {@link CodexEndpoint} ({@code /actuator/codex}) with the {@link CodexActivity} it shows; its write operation
 * (interrupting a turn, {@link CodexInterruptingEndpoint}) only with {@code management.endpoint.codex.interrupt.enabled=true}.
 */
@AutoConfiguration(afterName = "dev.codexjava.spring.autoconfigure.CodexAutoConfiguration")
@ConditionalOnClass(SanitizingFunction.class)
public final class CodexActuatorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "codexSanitizingFunction")
	SanitizingFunction codexSanitizingFunction(Environment environment) {
		return new CodexSanitizingFunction(() -> CodexSanitizingFunction.secrets(environment));
	}

	/** The {@code codex} endpoint, when it is enabled and exposed. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Codex.class, Endpoint.class, ConditionalOnAvailableEndpoint.class })
	@ConditionalOnBean(Codex.class)
	static final class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint(CodexEndpoint.class)
		CodexActivity codexActivity() {
			return new CodexActivity();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint(CodexEndpoint.class)
		@ConditionalOnBooleanProperty(name = "management.endpoint.codex.interrupt.enabled", havingValue = false,
				matchIfMissing = true)
		CodexEndpoint codexEndpoint(Map<String, Codex> clients, CodexActivity codexActivity) {
			return new CodexEndpoint(clients, codexActivity);
		}

		@Bean
		@ConditionalOnMissingBean(CodexEndpoint.class)
		@ConditionalOnAvailableEndpoint(CodexEndpoint.class)
		@ConditionalOnBooleanProperty(name = "management.endpoint.codex.interrupt.enabled")
		CodexInterruptingEndpoint codexInterruptingEndpoint(Map<String, Codex> clients, CodexActivity codexActivity) {
			return new CodexInterruptingEndpoint(clients, codexActivity);
		}

	}

	/** The {@code codex} section of {@code /actuator/info}; off with {@code management.info.codex.enabled=false}. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Codex.class, InfoContributor.class })
	@ConditionalOnBean(Codex.class)
	@ConditionalOnBooleanProperty(name = "management.info.codex.enabled", matchIfMissing = true)
	static final class InfoConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "codexInfoContributor")
		CodexInfoContributor codexInfoContributor(Map<String, Codex> clients) {
			return new CodexInfoContributor(clients);
		}

	}

}
