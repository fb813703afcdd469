package dev.codexjava.spring.ai;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.spring.ai.autoconfigure.CodexDynamicToolsAutoConfiguration;
import dev.codexjava.spring.ai.autoconfigure.CodexSpringAiAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring AI {@code @Tool} beans offered to Codex as dynamic tools, on the real binary against the testkit's mock
 * model: Codex's model calls the bean's method, and its return value (or its failure) reaches the model.
 */
class CodexDynamicToolsTests {

	private MockModel model;

	private MockCodexHome home;

	@BeforeEach
	void startBackend() {
		this.model = MockModel.start();
		this.home = MockCodexHome.builder(this.model).model("gpt-5.5").build();
	}

	@AfterEach
	void stopBackend() {
		try {
			this.model.close();
		}
		finally {
			this.home.close();
		}
	}

	/** A Spring bean with Spring AI tools. */
	static class InventoryTools {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@Tool(name = "stock_level", description = "How many units of a product are in stock")
		int stockLevel(@ToolParam(description = "the product's SKU") String sku) {
			this.calls.add(sku);
			return "SKU-1".equals(sku) ? 42 : 0;
		}

		@Tool(name = "reorder", description = "Reorders a product")
		String reorder(String sku) {
			throw new IllegalStateException("supplier unreachable");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ToolsConfiguration {

		@Bean
		InventoryTools inventoryTools() {
			return new InventoryTools();
		}

	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
					CodexDynamicToolsAutoConfiguration.class, CodexSpringAiAutoConfiguration.class))
			.withUserConfiguration(ToolsConfiguration.class)
			.withPropertyValues("codex.binary=" + CodexBinaries.require(), "codex.codex-home=" + this.home.path(),
					"codex.working-directory=" + this.home.path());
	}

	@Test
	void aToolMethodOfABeanIsCalledByCodexAndItsResultReachesTheModel() {
		runner().withPropertyValues("codex.experimental-api=true", "codex.spring-ai.dynamic-tools.beans=inventoryTools")
			.run((context) -> {
				Codex codex = context.getBean(Codex.class);
				CodexDynamicTools tools = context.getBean(CodexDynamicTools.class);
				assertThat(tools.tools()).extracting((tool) -> tool.name())
					.containsExactlyInAnyOrder("stock_level", "reorder");
				this.model.enqueue(MockResponse.functionCall("call-1", "stock_level", "{\"sku\":\"SKU-1\"}"),
						MockResponse.text("42 in stock"));

				CodexThread thread = codex.startThread(tools.applyTo(ThreadOptions.builder().ephemeral(true)).build());
				TurnResult result = thread.run("how many SKU-1 do we have?");

				assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
				assertThat(result.finalResponse()).isEqualTo("42 in stock");
				assertThat(context.getBean(InventoryTools.class).calls).containsExactly("SKU-1");
				assertThat(this.model.requests().get(1).functionCallOutputs()).containsExactly("42");
				// offered with the schema Spring AI derived from the method
				assertThat(this.model.requests().get(0).json().path("tools").toString()).contains("stock_level")
					.contains("the product's SKU");
				assertThat(result.items()).filteredOn(ThreadItem.DynamicToolCall.class::isInstance).hasSize(1);
			});
	}

	@Test
	void aThrowingToolMethodIsAFailedResultAndTheTurnCompletes() {
		runner().withPropertyValues("codex.experimental-api=true", "codex.spring-ai.dynamic-tools.beans=inventoryTools")
			.run((context) -> {
				Codex codex = context.getBean(Codex.class);
				CodexDynamicTools tools = context.getBean(CodexDynamicTools.class);
				this.model.enqueue(MockResponse.functionCall("call-1", "reorder", "{\"sku\":\"SKU-2\"}"),
						MockResponse.text("could not reorder"));

				TurnResult result = codex.startThread(tools.applyTo(ThreadOptions.builder().ephemeral(true)).build())
					.run("reorder SKU-2");

				assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
				assertThat(this.model.requests().get(1).functionCallOutputs()).singleElement()
					.asString()
					.contains("The tool call failed")
					.contains("supplier unreachable");
			});
	}

	@Test
	void theCodexToolsThreadsGetTheToolsSoAChatModelsTaskCanUseThem() {
		runner().withPropertyValues("codex.experimental-api=true", "codex.spring-ai.dynamic-tools.beans=inventoryTools")
			.run((context) -> {
				CodexToolCallback codexTool = context.getBean(CodexToolCallback.class);
				this.model.enqueue(MockResponse.functionCall("call-1", "stock_level", "{\"sku\":\"SKU-1\"}"),
						MockResponse.text("There are 42."));
				ScriptedChatModel chatModel = new ScriptedChatModel()
					.thenCallTool("codex", "{\"task\":\"Check the stock of SKU-1\"}")
					.thenAnswerWithToolResult("");

				String answer = ChatClient.builder(chatModel).build().prompt().user("stock?")
					.toolCallbacks(List.of(codexTool))
					.toolContext(Map.of(ChatMemory.CONVERSATION_ID, "c1"))
					.call()
					.content();

				assertThat(Json.parse(answer).path("finalResponse").asString()).isEqualTo("There are 42.");
				assertThat(Json.parse(answer).path("items").toString()).contains("\"type\":\"dynamicToolCall\"")
					.contains("\"tool\":\"stock_level\"")
					.contains("\"output\":\"42\"");
				assertThat(context.getBean(InventoryTools.class).calls).containsExactly("SKU-1");
				assertThat(this.model.requests().get(1).functionCallOutputs()).containsExactly("42");
			});
	}

	@Test
	void toolsWithoutTheExperimentalApiFailTheContextClearly() {
		runner().withPropertyValues("codex.spring-ai.dynamic-tools.beans=inventoryTools").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("codex.experimental-api=true");
		});
	}

	@Test
	void aListedBeanWithoutToolsFailsTheContext() {
		runner().withBean("plain", String.class, () -> "no tools here")
			.withPropertyValues("codex.experimental-api=true", "codex.spring-ai.dynamic-tools.beans=plain")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("No @Tool");
				assertThat(context.getStartupFailure()).hasStackTraceContaining("Bean 'plain' in "
						+ "codex.spring-ai.dynamic-tools.beans offers no Spring AI tools");
			});
	}

	@Test
	void withoutACodexBeanThereAreNoDynamicTools() {
		runner().withPropertyValues("codex.enabled=false", "codex.spring-ai.dynamic-tools.beans=inventoryTools")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CodexDynamicTools.class));
	}

	@Test
	void noToolsListedIsAnEmptySetAndTheCodexToolKeepsItsDefaults() {
		runner().run((context) -> {
			assertThat(context.getBean(CodexDynamicTools.class).isEmpty()).isTrue();
			assertThat(context).hasSingleBean(CodexToolCallback.class);
		});
	}

}
