package dev.codexjava.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.testsupport.TurnResults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CodexMetricsAutoConfiguration}: conditions, and that the listener reaches the client's
 * configuration. No process is started.
 */
class CodexMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexMetricsAutoConfiguration.class,
				MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@Test
	void registersMetersWithBootsMeterRegistry() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(CodexMetricsListener.class)
				.hasSingleBean(CodexProcessMetrics.class)
				.hasSingleBean(CodexRetryMetrics.class);
			CodexMetricsListener listener = context.getBean(CodexMetricsListener.class);
			assertThat(context.getBean(CodexConfig.class).listeners()).contains(listener);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			// bound by Boot once singletons exist; not started, so 0
			assertThat(registry.get("codex.process.up").gauge().value()).isZero();
			assertThat(registry.get("codex.process.restarts").counter().count()).isZero();
			listener.onTurnCompleted("thr", TurnResults.completed("thr", "t1", TurnResults.usage(5, 1, 3, 2, 8)));
			assertThat(registry.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "input")
				.tag("gen_ai.request.model", "default")
				.summary()
				.totalAmount()).isEqualTo(5);
		});
	}

	@Test
	void modelTagComesFromCodexModel() {
		this.runner.withPropertyValues("codex.model=gpt-5.1-codex").run((context) -> {
			context.getBean(CodexMetricsListener.class)
				.onTurnCompleted("thr", TurnResults.completed("thr", "t1", TurnResults.usage(5, 1, 3, 2, 8)));
			assertThat(context.getBean(MeterRegistry.class)
				.get("gen_ai.client.token.usage")
				.tag("gen_ai.request.model", "gpt-5.1-codex")
				.summaries()).hasSize(2);
		});
	}

	@Test
	void worksWithAPlainMeterRegistryBean() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexMetricsAutoConfiguration.class))
			.withPropertyValues("codex.lifecycle.auto-startup=false")
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> assertThat(context).hasSingleBean(CodexMetricsListener.class)
				.hasSingleBean(CodexProcessMetrics.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		// Boot's metrics auto-configurations need Micrometer themselves, so only ours is tried here
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexMetricsAutoConfiguration.class))
			.withPropertyValues("codex.lifecycle.auto-startup=false")
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CodexMetricsListener.class)
				.doesNotHaveBean(CodexProcessMetrics.class)
				.doesNotHaveBean(CodexRetryMetrics.class));
	}

	@Test
	void backsOffWithoutAMeterRegistryBean() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexMetricsAutoConfiguration.class))
			.withPropertyValues("codex.lifecycle.auto-startup=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CodexMetricsListener.class));
	}

	@Test
	void backsOffWithoutACodexBean() {
		this.runner.withPropertyValues("codex.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(MeterRegistry.class)
				.doesNotHaveBean(CodexMetricsListener.class)
				.doesNotHaveBean(CodexProcessMetrics.class));
	}

	@Test
	void aUserDefinedListenerReplacesTheAutoConfiguredOne() {
		this.runner.withBean("myCodexMetrics", CodexMetricsListener.class,
				() -> new CodexMetricsListener(new SimpleMeterRegistry(), "mine"))
			.run((context) -> assertThat(context).getBean(CodexMetricsListener.class)
				.isSameAs(context.getBean("myCodexMetrics")));
	}

}
