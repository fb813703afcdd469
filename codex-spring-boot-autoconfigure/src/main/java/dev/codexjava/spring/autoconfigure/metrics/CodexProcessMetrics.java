package dev.codexjava.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.codexjava.client.Codex;

/**
 * Binds the gauge {@value CodexMeterNames#PROCESS_UP}: 1 while {@link Codex#isRunning()}, else 0. A
 * {@link MeterBinder} (bound by Spring Boot once all singletons exist) rather than part of the listener, because the
 * listener is created before the {@link Codex} it observes.
 */
public class CodexProcessMetrics implements MeterBinder {

	private final Codex codex;

	public CodexProcessMetrics(Codex codex) {
		this.codex = codex;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(CodexMeterNames.PROCESS_UP, this.codex, (codex) -> codex.isRunning() ? 1 : 0)
			.description("Whether the Codex app-server is running and connected (1) or not (0)")
			.strongReference(true)
			.register(registry);
	}

}
