package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.codexjava.client.Codex;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexProperties;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for Codex turn
 * observations ({@link CodexObservationDocumentation#TURN}) and JSON-RPC request observations
 * ({@link CodexObservationDocumentation#REQUEST}): a {@link CodexObservationListener}, which the
 * {@link CodexAutoConfiguration auto-configured} client picks up like every {@code CodexListener} bean. Active when
 * there is an {@link ObservationRegistry} bean (Spring Boot's {@code spring-boot-micrometer-observation}, brought by
 * the actuator starter). With Boot's metrics auto-configuration, turns become the timer {@code codex.turns} and the
 * long task timer {@code codex.turns.active}, requests the timer {@code codex.rpc}; with tracing, spans that are
 * children of the caller's current observation.
 * <p>
 * Boot's auto-configurations are named by string ({@code afterName}), so this module needs them only at run time.
 */
@AutoConfiguration(after = CodexAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ Codex.class, ObservationRegistry.class })
@ConditionalOnBean({ Codex.class, ObservationRegistry.class })
public final class CodexObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CodexObservationListener codexObservationListener(ObservationRegistry observationRegistry,
			ObjectProvider<CodexTurnObservationConvention> convention,
			ObjectProvider<CodexRequestObservationConvention> requestConvention,
			ObjectProvider<CodexProperties> properties) {
		CodexProperties codexProperties = properties.getIfAvailable();
		String model = (codexProperties != null) ? codexProperties.getModel() : null;
		return new CodexObservationListener(observationRegistry, convention.getIfUnique(),
				requestConvention.getIfUnique(), (model != null) ? model : CodexObservationListener.DEFAULT_MODEL);
	}

}
