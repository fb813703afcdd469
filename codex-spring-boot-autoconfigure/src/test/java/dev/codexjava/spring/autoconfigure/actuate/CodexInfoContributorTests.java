package dev.codexjava.spring.autoconfigure.actuate;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.testsupport.InMemoryAppServer;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for the {@link CodexInfoContributor} of {@link CodexActuatorAutoConfiguration}. */
class CodexInfoContributorTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexActuatorAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false", "codex.api-key=sk-secret-info-marker");

	@Test
	void contributesVersionsButNoSecretsOrPaths() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(CodexInfoContributor.class);
			Map<String, Object> codex = codexSection(context.getBean(CodexInfoContributor.class));
			assertThat(codex).containsEntry("sdkVersion", Codex.sdkVersion())
				.containsEntry("minimumServerVersion", "0.169.0")
				.containsEntry("newestTestedServerVersion", Codex.NEWEST_TESTED_SERVER_VERSION)
				.doesNotContainKey("serverVersion"); // not started
			assertThat(codex.toString()).doesNotContain("sk-secret-info-marker").doesNotContain("/");
		});
	}

	@Test
	void reportsTheServerVersionOnceStarted() {
		InMemoryAppServer server = new InMemoryAppServer();
		try (Codex codex = Codex.start(CodexConfig.builder().build(), server)) {
			Map<String, Object> section = codexSection(new CodexInfoContributor(Map.of("codex", codex)));
			assertThat(section).containsEntry("serverVersion", "0.169.0");
		}
	}

	@Test
	void severalClientsAreListedByBeanName() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexActuatorAutoConfiguration.class))
			.withBean("reviewer", Codex.class, () -> Codex.create(CodexConfig.builder().build()))
			.withBean("writer", Codex.class, () -> Codex.create(CodexConfig.builder().build()))
			.run((context) -> assertThat(codexSection(context.getBean(CodexInfoContributor.class)))
				.extractingByKey("clients")
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsOnlyKeys("reviewer", "writer"));
	}

	@Test
	void backsOffWhenDisabledWithoutActuatorOrWithoutCodex() {
		this.runner.withPropertyValues("management.info.codex.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CodexInfoContributor.class));
		this.runner.withClassLoader(new FilteredClassLoader(InfoContributor.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CodexInfoContributor.class));
		this.runner.withPropertyValues("codex.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CodexInfoContributor.class));
	}

	@Test
	void aUserContributorWins() {
		InfoContributor mine = (builder) -> builder.withDetail("codex", "mine");
		this.runner.withBean("codexInfoContributor", InfoContributor.class, () -> mine)
			.run((context) -> assertThat(context).doesNotHaveBean(CodexInfoContributor.class));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> codexSection(InfoContributor contributor) {
		Info.Builder builder = new Info.Builder();
		contributor.contribute(builder);
		return (Map<String, Object>) builder.build().getDetails().get("codex");
	}

}
