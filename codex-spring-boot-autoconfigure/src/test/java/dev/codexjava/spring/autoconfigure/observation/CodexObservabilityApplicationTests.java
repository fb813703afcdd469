package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.metrics.CodexMetricsListener;
import dev.codexjava.spring.autoconfigure.retry.CodexRetryAutoConfiguration;
import dev.codexjava.spring.autoconfigure.retry.RetryOnOverload;
import dev.codexjava.spring.autoconfigure.testsupport.TurnResults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole application with every auto-configuration on this module's test class path (from the
 * {@code AutoConfiguration.imports} files): metrics, observation and retry are found and ordered correctly. No
 * process is started.
 */
class CodexObservabilityApplicationTests {

	@Test
	void everythingIsWiredInAFullApplication() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
			.web(WebApplicationType.NONE)
			.properties("codex.lifecycle.auto-startup=false", "spring.main.banner-mode=off")
			.run()) {
			CodexConfig config = context.getBean(CodexConfig.class);
			assertThat(config.listeners()).contains(context.getBean(CodexMetricsListener.class),
					context.getBean(CodexObservationListener.class));
			assertThat(context.containsBean(CodexRetryAutoConfiguration.ADVISOR_BEAN_NAME)).isTrue();
			assertThat(AopUtils.isAopProxy(context.getBean(Advised.class))).isTrue();
			CodexObservationListener listener = context.getBean(CodexObservationListener.class);
			listener.onTurnStarted("thread-1", "turn-1");
			listener.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-1", null));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("codex.turns").tag("outcome", "completed").timer().count()).isEqualTo(1);
			assertThat(registry.get("codex.process.up").gauge().value()).isZero();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		Advised advised() {
			return new Advised();
		}

	}

	/** A bean with the annotation. */
	public static class Advised {

		@RetryOnOverload
		public String call() {
			return "ok";
		}

	}

}
