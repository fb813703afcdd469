package dev.codexjava.spring.autoconfigure.actuate;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.testsupport.InMemoryAppServer;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for the {@link CodexEndpoint} of {@link CodexActuatorAutoConfiguration}: one per condition. */
class CodexEndpointTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexActuatorAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@Test
	void registeredWhenExposed() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=codex")
			.run((context) -> assertThat(context).hasSingleBean(CodexEndpoint.class));
	}

	@Test
	void absentWhenNotExposed() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(CodexEndpoint.class));
	}

	@Test
	void absentWithoutACodexBean() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=codex", "codex.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CodexEndpoint.class));
	}

	@Test
	void readsEveryClientByBeanName() {
		InMemoryAppServer server = new InMemoryAppServer();
		try (Codex running = Codex.start(CodexConfig.builder().build(), server);
				Codex idle = Codex.create(CodexConfig.builder().build())) {
			Map<String, Object> body = new CodexEndpoint(Map.of("writer", running, "reviewer", idle)).codex();
			assertThat(body).containsEntry("sdkVersion", Codex.sdkVersion());
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> clients = (Map<String, Map<String, Object>>) body.get("clients");
			assertThat(clients).containsOnlyKeys("reviewer", "writer");
			assertThat(clients.get("writer")).containsEntry("running", true)
				.containsEntry("serverVersion", "0.169.0")
				.containsEntry("activeTurns", 0);
			assertThat(clients.get("reviewer")).containsEntry("running", false).doesNotContainKey("serverVersion");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> servers = (List<Map<String, Object>>) clients.get("reviewer").get("servers");
			assertThat(servers).singleElement()
				.satisfies((s) -> assertThat(s).containsEntry("name", "default").containsEntry("state", "DOWN"));
		}
	}

}
