package dev.codexjava.spring.autoconfigure.health;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexClientsLifecycle;
import dev.codexjava.spring.autoconfigure.CodexLifecycle;
import dev.codexjava.spring.autoconfigure.testsupport.InMemoryAppServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several {@link Codex} beans: each is started and stopped with the context and gets a component of the {@code codex}
 * health composite (a second bean used to drop lifecycle and health silently).
 */
class CodexSeveralClientsTests {

	private final InMemoryAppServer first = new InMemoryAppServer();

	private final InMemoryAppServer second = new InMemoryAppServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
				CodexHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class))
		.withBean("reviewer", Codex.class, () -> Codex.create(CodexConfig.builder().build(), this.first))
		.withBean("writer", Codex.class, () -> Codex.create(CodexConfig.builder().build(), this.second));

	@Test
	void startsAndStopsEveryClient() {
		Codex[] clients = new Codex[2];
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(CodexClientsLifecycle.class).doesNotHaveBean(CodexLifecycle.class);
			clients[0] = context.getBean("reviewer", Codex.class);
			clients[1] = context.getBean("writer", Codex.class);
			assertThat(clients[0].isRunning()).isTrue();
			assertThat(clients[1].isRunning()).isTrue();
		});
		assertThat(clients[0].isRunning()).isFalse();
		assertThat(clients[1].isRunning()).isFalse();
		assertThat(this.first.isOpen()).isFalse();
		assertThat(this.second.isOpen()).isFalse();
	}

	@Test
	void healthIsACompositeWithOneComponentPerBean() {
		this.runner.run((context) -> {
			HealthContributor codex = context.getBean(HealthContributorRegistry.class).getContributor("codex");
			assertThat(codex).isInstanceOf(CompositeHealthContributor.class);
			CompositeHealthContributor composite = (CompositeHealthContributor) codex;
			assertThat(composite.stream().map((entry) -> entry.name())).containsExactly("reviewer", "writer");
			assertThat(health(composite, "reviewer").getStatus()).isEqualTo(Status.UP);
			context.getBean("writer", Codex.class).close();
			Health writer = health(composite, "writer");
			assertThat(writer.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health(composite, "reviewer").getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void componentsReportTheLifecycleStateOfTheirBean() {
		this.runner.withPropertyValues("codex.lifecycle.auto-startup=false").run((context) -> {
			CompositeHealthContributor composite = (CompositeHealthContributor) context
				.getBean(HealthContributorRegistry.class)
				.getContributor("codex");
			Health reviewer = health(composite, "reviewer");
			assertThat(reviewer.getStatus()).isEqualTo(Status.DOWN);
			assertThat(reviewer.getDetails()).containsEntry("state", "NOT_STARTED");
			Map<String, ?> statuses = context.getBean(CodexClientsLifecycle.class).statuses();
			assertThat(statuses).containsOnlyKeys("reviewer", "writer");
		});
	}

	@Test
	void aUserLifecycleWins() {
		this.runner.withPropertyValues("codex.lifecycle.auto-startup=false")
			.withBean("myLifecycle", CodexClientsLifecycle.class,
					() -> new CodexClientsLifecycle(Map.of(), false, 0, true))
			.run((context) -> assertThat(context).getBeans(CodexClientsLifecycle.class)
				.containsOnlyKeys("myLifecycle"));
	}

	@Test
	void oneClientKeepsTheSingleIndicator() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
					CodexHealthContributorAutoConfiguration.class))
			.withPropertyValues("codex.lifecycle.auto-startup=false")
			.run((context) -> assertThat(context).hasSingleBean(CodexLifecycle.class)
				.doesNotHaveBean(CodexClientsLifecycle.class)
				.hasSingleBean(CodexHealthIndicator.class)
				.doesNotHaveBean("codexHealthContributor"));
	}

	private static Health health(CompositeHealthContributor composite, String name) {
		return ((HealthIndicator) composite.getContributor(name)).health(true);
	}

}
