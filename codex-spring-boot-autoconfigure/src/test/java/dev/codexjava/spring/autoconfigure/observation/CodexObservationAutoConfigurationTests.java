package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.testsupport.TurnResults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CodexObservationAutoConfiguration} with Boot's observation and metrics auto-configurations: turn
 * observations become {@code codex.turns} meters, Boot's common key values apply, and the conditions hold.
 */
class CodexObservationAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexObservationAutoConfiguration.class,
				ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@Test
	void turnObservationsBecomeMeters() {
		this.runner.withPropertyValues("codex.model=gpt-test", "management.observations.key-values.app=demo")
			.run((context) -> {
				assertThat(context).hasSingleBean(CodexObservationListener.class);
				CodexObservationListener listener = context.getBean(CodexObservationListener.class);
				assertThat(context.getBean(CodexConfig.class).listeners()).contains(listener);
				listener.onTurnStarted("thread-1", "turn-1");
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("codex.turns.active").longTaskTimer().activeTasks()).isEqualTo(1);
				listener.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-1", null));
				assertThat(registry.get("codex.turns")
					.tags("gen_ai.request.model", "gpt-test", "outcome", "completed", "error.kind", "none", "app",
							"demo")
					.timer()
					.count()).isEqualTo(1);
			});
	}

	@Test
	void observationsCanBeDisabledByName() {
		this.runner.withPropertyValues("management.observations.enable.codex=false").run((context) -> {
			CodexObservationListener listener = context.getBean(CodexObservationListener.class);
			listener.onTurnStarted("thread-1", "turn-1");
			listener.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-1", null));
			assertThat(context.getBean(MeterRegistry.class).find("codex.turns").timer()).isNull();
		});
	}

	@Test
	void usesAConventionBean() {
		this.runner.withBean(CodexTurnObservationConvention.class, () -> new DefaultCodexTurnObservationConvention() {

			@Override
			public KeyValues getLowCardinalityKeyValues(CodexTurnObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and("tenant", "acme");
			}

		}).run((context) -> {
			CodexObservationListener listener = context.getBean(CodexObservationListener.class);
			listener.onTurnStarted("thread-1", "turn-1");
			listener.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-1", null));
			assertThat(context.getBean(MeterRegistry.class).get("codex.turns").tag("tenant", "acme").timer().count())
				.isEqualTo(1);
		});
	}

	@Test
	void backsOffWithoutTheObservationApi() {
		this.runner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CodexObservationListener.class));
	}

	@Test
	void backsOffWithoutAnObservationRegistryBean() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(CodexAutoConfiguration.class, CodexObservationAutoConfiguration.class))
			.withPropertyValues("codex.lifecycle.auto-startup=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CodexObservationListener.class));
	}

	@Test
	void backsOffWithoutACodexBean() {
		this.runner.withPropertyValues("codex.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ObservationRegistry.class)
				.doesNotHaveBean(CodexObservationListener.class));
	}

}
