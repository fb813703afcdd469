package dev.codexjava.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives a Prometheus {@link MeterRegistry} the {@link AnnotationUnitNamingConvention}, so that the Codex meters
 * whose base unit is {@value CodexMeterNames#UNIT_TOKEN} keep their names there ({@code gen_ai_client_token_usage}).
 * Other registries (OTLP, for one) keep the unit as it is. The registry is recognised by class name, so this module
 * does not depend on the Prometheus registry.
 */
final class PrometheusUnitNamingPostProcessor implements BeanPostProcessor {

	static final String PROMETHEUS_REGISTRY = "io.micrometer.prometheusmetrics.PrometheusMeterRegistry";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof MeterRegistry registry && PROMETHEUS_REGISTRY.equals(bean.getClass().getName())
				&& !(registry.config().namingConvention() instanceof AnnotationUnitNamingConvention)) {
			registry.config().namingConvention(new AnnotationUnitNamingConvention(registry.config().namingConvention()));
		}
		return bean;
	}

}
