package dev.codexjava.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.NamingConvention;

/**
 * A {@link NamingConvention} that leaves UCUM annotation units (in curly braces, such as
 * {@value CodexMeterNames#UNIT_TOKEN}) out of meter names, as OpenTelemetry's Prometheus compatibility rules do:
 * Prometheus' convention appends the base unit to the name, which would turn {@code gen_ai.client.token.usage} into
 * {@code gen_ai_client_token_usage__token_}. Everything else goes to the convention it decorates.
 */
final class AnnotationUnitNamingConvention implements NamingConvention {

	private final NamingConvention delegate;

	AnnotationUnitNamingConvention(NamingConvention delegate) {
		this.delegate = delegate;
	}

	@Override
	public String name(String name, Meter.Type type, String baseUnit) {
		return this.delegate.name(name, type, isAnnotation(baseUnit) ? null : baseUnit);
	}

	@Override
	public String tagKey(String key) {
		return this.delegate.tagKey(key);
	}

	@Override
	public String tagValue(String value) {
		return this.delegate.tagValue(value);
	}

	static boolean isAnnotation(String unit) {
		return unit != null && unit.length() > 2 && unit.startsWith("{") && unit.endsWith("}");
	}

}
