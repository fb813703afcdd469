package dev.codexjava.spring.ai.autoconfigure;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.ai.tool.ToolCallback;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.protocol.Json;
import dev.codexjava.spring.ai.CodexToolCallback;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/** When the Codex tool is registered, and how the {@code codex.spring-ai.tool.*} properties shape it. */
class CodexSpringAiAutoConfigurationTests {

	// the starter's auto-configuration creates the Codex bean; auto-startup off: nothing here needs the binary
	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(CodexAutoConfiguration.class, CodexSpringAiAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@Test
	void aCodexBeanAndSpringAiGiveTheCodexToolWithItsSchema() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(CodexToolCallback.class).hasSingleBean(ToolCallback.class);
			ToolCallback tool = context.getBean(ToolCallback.class);
			assertThat(tool.getToolDefinition().name()).isEqualTo("codex");
			assertThat(tool.getToolDefinition().description()).isEqualTo(CodexToolCallback.DEFAULT_DESCRIPTION);
			JsonNode schema = Json.parse(tool.getToolDefinition().inputSchema());
			assertThat(schema.get("type").asString()).isEqualTo("object");
			assertThat(schema.get("required").get(0).asString()).isEqualTo("task");
			assertThat(schema.get("properties").get("task").get("type").asString()).isEqualTo("string");
			assertThat(tool.getToolMetadata().returnDirect()).isFalse();
		});
	}

	@Test
	void thePropertiesNameAndDescribeTheTool() {
		this.runner
			.withPropertyValues("codex.spring-ai.tool.name=coder", "codex.spring-ai.tool.description=Writes code")
			.run((context) -> {
				ToolCallback tool = context.getBean(ToolCallback.class);
				assertThat(tool.getToolDefinition().name()).isEqualTo("coder");
				assertThat(tool.getToolDefinition().description()).isEqualTo("Writes code");
			});
	}

	@Test
	void theToolCanBeSwitchedOff() {
		this.runner.withPropertyValues("codex.spring-ai.tool.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ToolCallback.class)
				.doesNotHaveBean(CodexToolThreadsLifecycle.class));
	}

	@Test
	void withoutSpringAiThereIsNoTool() {
		this.runner.withClassLoader(new FilteredClassLoader(ToolCallback.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(Codex.class)
				.doesNotHaveBean(CodexToolCallback.class));
	}

	@Test
	void withoutACodexBeanThereIsNoTool() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexSpringAiAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ToolCallback.class));
	}

	@Test
	void withSeveralCodexBeansThereIsNoTool() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexSpringAiAutoConfiguration.class))
			.withUserConfiguration(TwoClients.class)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ToolCallback.class));
	}

	@Test
	void aUserDefinedCodexBeanIsUsed() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexSpringAiAutoConfiguration.class))
			.withUserConfiguration(OneClient.class)
			.run((context) -> assertThat(context).hasSingleBean(CodexToolCallback.class));
	}

	@Test
	void aUserDefinedToolReplacesTheAutoConfiguredOne() {
		this.runner.withUserConfiguration(OwnTool.class).run((context) -> {
			assertThat(context).hasSingleBean(CodexToolCallback.class);
			assertThat(context.getBean(CodexToolCallback.class).getToolDefinition().name()).isEqualTo("mine");
		});
	}

	@Test
	void theThreadsAreClosedOneLifecyclePhaseBeforeTheClient() {
		this.runner.withPropertyValues("codex.lifecycle.phase=100").run((context) -> {
			assertThat(context.getBean(CodexToolThreadsLifecycle.class).getPhase()).isEqualTo(101);
			assertThat(context.getBean(CodexLifecycle.class).getPhase()).isEqualTo(100);
		});
	}

	@Test
	void anInvalidBoundFailsTheStartup() {
		this.runner.withPropertyValues("codex.spring-ai.tool.max-conversations=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("maxConversations must be at least 1"));
	}

	@Configuration(proxyBeanMethods = false)
	static class OneClient {

		@Bean
		Codex codex() {
			return Codex.create(CodexConfig.builder().clientName("mine").shutdownHook(false).build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoClients {

		@Bean
		Codex first() {
			return Codex.create(CodexConfig.builder().clientName("first").shutdownHook(false).build());
		}

		@Bean
		Codex second() {
			return Codex.create(CodexConfig.builder().clientName("second").shutdownHook(false).build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnTool {

		@Bean
		CodexToolCallback myCodexTool(Codex codex) {
			return CodexToolCallback.builder(codex).name("mine").build();
		}

	}

}
