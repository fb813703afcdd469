package dev.codexjava.spring.autoconfigure.health;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link CodexHealthContributorAutoConfiguration}. */
class CodexHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
				CodexHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@Test
	void registersTheIndicatorAsCodex() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(CodexHealthIndicator.class).hasBean("codexHealthIndicator");
			assertThat(context.getBean(HealthContributorRegistry.class).getContributor("codex"))
				.isSameAs(context.getBean(CodexHealthIndicator.class));
		});
	}

	@Test
	void isDownBeforeStart() {
		this.runner.run((context) -> {
			Health health = context.getBean(CodexHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("state", "NOT_STARTED");
		});
	}

	@Test
	void backsOffWithoutHealthClasses() {
		this.runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasSingleBean(Codex.class)
				.doesNotHaveBean(CodexHealthIndicator.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("management.health.codex.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CodexHealthIndicator.class));
	}

	@Test
	void backsOffWithoutACodexBean() {
		this.runner.withPropertyValues("codex.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CodexHealthIndicator.class));
	}

	@Test
	void userIndicatorWins() {
		HealthIndicator mine = () -> Health.up().build();
		this.runner.withBean("codexHealthIndicator", HealthIndicator.class, () -> mine)
			.run((context) -> assertThat(context).doesNotHaveBean(CodexHealthIndicator.class)
				.getBean("codexHealthIndicator")
				.isSameAs(mine));
	}

	@Test
	void worksForAUserCodexWithoutAutoConfiguredStatus() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexHealthContributorAutoConfiguration.class))
			.withBean(Codex.class, () -> Codex.create(CodexConfig.builder().build()))
			.run((context) -> assertThat(context.getBean(CodexHealthIndicator.class).health().getStatus())
				.isEqualTo(Status.DOWN));
	}

	@Test
	void serverComponentsForAPoolMakeCodexACompositeOfThePoolAndEachServer() {
		this.runner
			.withPropertyValues("management.health.codex.server-components=true", "codex.local.instances=1",
					"codex.servers[0].name=east", "codex.servers[0].url=ws://127.0.0.1:4500")
			.run((context) -> {
				assertThat(context).doesNotHaveBean("codexHealthIndicator").hasBean("codexHealthContributor");
				HealthContributor codex = context.getBean(HealthContributorRegistry.class).getContributor("codex");
				assertThat(codex).isInstanceOf(CompositeHealthContributor.class);
				CompositeHealthContributor composite = (CompositeHealthContributor) codex;
				assertThat(composite.stream().map(HealthContributors.Entry::name)).containsExactly("pool", "local-1",
						"east");
				assertThat(composite.getContributor("pool")).isInstanceOf(CodexPoolHealthIndicator.class);
				Health east = ((HealthIndicator) composite.getContributor("east")).health();
				assertThat(east.getStatus()).isEqualTo(Status.DOWN);
				assertThat(east.getDetails()).containsEntry("state", "NOT_STARTED");
			});
	}

	@Test
	void serverComponentsWithoutAPoolKeepTheSingleIndicator() {
		this.runner.withPropertyValues("management.health.codex.server-components=true")
			.run((context) -> assertThat(context.getBean(HealthContributorRegistry.class).getContributor("codex"))
				.isInstanceOf(CodexHealthIndicator.class));
	}

	@Test
	void aPoolWithoutServerComponentsHasOneIndicator() {
		this.runner.withPropertyValues("codex.local.instances=2")
			.run((context) -> assertThat(context.getBean(HealthContributorRegistry.class).getContributor("codex"))
				.isInstanceOf(CodexPoolHealthIndicator.class));
	}

	@Test
	void aServerNamedPoolIsRefusedInServerComponentsMode() {
		this.runner
			.withPropertyValues("codex.local.instances=1", "codex.servers[0].name=pool",
					"codex.servers[0].url=ws://127.0.0.1:4500", "management.health.codex.server-components=true")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("A server named 'pool' clashes"));
	}

}
