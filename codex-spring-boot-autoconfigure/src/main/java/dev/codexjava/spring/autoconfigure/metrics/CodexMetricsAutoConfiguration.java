package dev.codexjava.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

import dev.codexjava.client.Codex;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexProperties;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for Codex Micrometer
 * meters (see {@link CodexMeterNames}): a {@link CodexMetricsListener} (picked up by the
 * {@link CodexAutoConfiguration auto-configured} client like every {@code CodexListener} bean), the
 * {@link CodexProcessMetrics process gauge}, and {@link CodexRetryMetrics} for the {@code @RetryOnOverload} advice.
 * Active when Micrometer is on the class path and there is a {@link MeterRegistry} bean.
 * <p>
 * Ordered after Boot's metrics auto-configurations by name ({@code afterName}), so this module does not depend on
 * {@code spring-boot-micrometer-metrics}.
 */
@AutoConfiguration(after = CodexAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ Codex.class, MeterRegistry.class })
@ConditionalOnBean({ Codex.class, MeterRegistry.class })
public final class CodexMetricsAutoConfiguration {

	/** The model tag value when {@code codex.model} is not set. */
	static final String DEFAULT_MODEL = "default";

	@Bean
	@ConditionalOnMissingBean
	CodexMetricsListener codexMetricsListener(MeterRegistry meterRegistry, ObjectProvider<CodexProperties> properties) {
		CodexProperties codexProperties = properties.getIfAvailable();
		String model = (codexProperties != null) ? codexProperties.getModel() : null;
		return new CodexMetricsListener(meterRegistry, (model != null) ? model : DEFAULT_MODEL);
	}

	/** Keeps {@code {token}} out of the Prometheus names of the token histograms. */
	@Bean
	static BeanPostProcessor codexPrometheusUnitNaming() {
		return new PrometheusUnitNamingPostProcessor();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(Codex.class)
	CodexProcessMetrics codexProcessMetrics(Codex codex) {
		return new CodexProcessMetrics(codex);
	}

	@Bean
	@ConditionalOnMissingBean
	CodexRetryMetrics codexRetryMetrics(MeterRegistry meterRegistry) {
		return new CodexRetryMetrics(meterRegistry);
	}

}
