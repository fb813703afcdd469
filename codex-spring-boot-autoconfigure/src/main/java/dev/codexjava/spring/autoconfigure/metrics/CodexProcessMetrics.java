package dev.codexjava.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.codexjava.client.Codex;
import dev.codexjava.client.ServerState;
import dev.codexjava.client.ServerStatus;

/**
 * Binds the gauge {@value CodexMeterNames#PROCESS_UP}, one per app-server ({@value CodexMeterNames#TAG_SERVER}): for
 * a client of one server ({@code default}) 1 while {@link Codex#isRunning()}, else 0; for a pool, 1 while that
 * member is {@link ServerState#UP UP}. A {@link MeterBinder} (bound by Spring Boot once all singletons exist) rather
 * than part of the listener, because the listener is created before the {@link Codex} it observes.
 */
public class CodexProcessMetrics implements MeterBinder {

	private final Codex codex;

	public CodexProcessMetrics(Codex codex) {
		this.codex = codex;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		if (this.codex.config().servers().isEmpty()) {
			gauge(registry, CodexMeterNames.DEFAULT_SERVER, (codex) -> codex.isRunning() ? 1 : 0);
			return;
		}
		for (ServerStatus server : this.codex.servers()) {
			String name = server.name();
			gauge(registry, name, (codex) -> codex.servers()
				.stream()
				.anyMatch((status) -> status.name().equals(name) && status.state() == ServerState.UP) ? 1 : 0);
		}
	}

	private void gauge(MeterRegistry registry, String server, java.util.function.ToDoubleFunction<Codex> up) {
		Gauge.builder(CodexMeterNames.PROCESS_UP, this.codex, up)
			.description("Whether the Codex app-server is running and connected (1) or not (0)")
			.tag(CodexMeterNames.TAG_SERVER, server)
			.strongReference(true)
			.register(registry);
	}

}
