package dev.codexjava.spring.ai.agents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springaicommunity.agents.model.AgentModel;
import org.springaicommunity.agents.model.AgentOptions;
import org.springaicommunity.agents.model.AgentResponse;
import org.springaicommunity.agents.model.AgentTaskRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.codexjava.spring.ai.autoconfigure.CodexSpringAiAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spring-ai-agents {@link AgentModel} contract on the real {@code codex} binary against the mock model, and when
 * the adapter is auto-configured.
 */
class CodexAgentModelTests {

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

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
					CodexSpringAiAutoConfiguration.class, CodexAgentModelAutoConfiguration.class))
			.withPropertyValues("codex.binary=" + CodexBinaries.require(), "codex.codex-home=" + this.home.path(),
					"codex.working-directory=" + this.home.path());
	}

	@Test
	void aGoalRunsAsACodexTurnInTheRequestsWorkingDirectory() throws Exception {
		Path workspace = Files.createDirectories(this.home.path().resolve("workspace"));
		runner().run((context) -> {
			AgentModel agent = context.getBean(AgentModel.class);
			assertThat(agent).isInstanceOf(CodexAgentModel.class);
			assertThat(agent.isAvailable()).isTrue();
			this.model.enqueue(MockResponse.toolCall("call-1", "pwd", false), MockResponse.text("Fixed the build."));

			AgentResponse response = agent.call(AgentTaskRequest.builder("Fix the build", workspace).build());

			assertThat(response.isSuccessful()).isTrue();
			assertThat(response.getText()).isEqualTo("Fixed the build.");
			assertThat(response.getResult().getMetadata().getFinishReason()).isEqualTo(CodexAgentModel.SUCCESS);
			assertThat(response.getMetadata().getSessionId()).isNotBlank();
			assertThat(response.getMetadata().getDuration()).isGreaterThan(Duration.ZERO);
			assertThat(response.getMetadata().getModel()).isEqualTo("gpt-5.5");
			assertThat(this.model.requests().get(0).lastUserText()).isEqualTo("Fix the build");
			// the command ran in the request's working directory
			assertThat(this.model.requests().get(1).functionCallOutputs().get(0))
				.contains(workspace.toRealPath().toString());
		});
	}

	@Test
	void aFailureIsAnsweredAsAnErrorResponseAndATimeoutInterruptsTheTurn() {
		runner().run((context) -> {
			AgentModel agent = context.getBean(AgentModel.class);
			this.model.enqueue(MockResponse.failed("server_error", "the model broke"));

			AgentResponse failed = agent.call(AgentTaskRequest.builder("break", this.home.path()).build());

			assertThat(failed.isSuccessful()).isFalse();
			assertThat(failed.getResult().getMetadata().getFinishReason()).isEqualTo(CodexAgentModel.ERROR);
			assertThat(failed.getText()).startsWith("The Codex task failed");

			this.model.enqueue(MockResponse.toolCall("call-1", "sleep 30", false), MockResponse.text("late"));
			AgentResponse slow = agent.call(AgentTaskRequest.builder("sleep", this.home.path())
				.options(new Timeout(Duration.ofSeconds(1)))
				.build());

			assertThat(slow.isSuccessful()).isFalse();
			assertThat(slow.getText()).isEqualTo("The Codex task did not finish within 1 seconds and was interrupted.");
		});
	}

	@Test
	void theAdapterBacksOffWithoutTheContractWhenDisabledOrWhenTheApplicationHasItsOwn() {
		ApplicationContextRunner offline = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexAgentModelAutoConfiguration.class))
			.withPropertyValues("codex.lifecycle.auto-startup=false");
		offline.run((context) -> assertThat(context).hasSingleBean(CodexAgentModel.class));
		offline.withClassLoader(new FilteredClassLoader(AgentModel.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CodexAgentModel.class));
		offline.withPropertyValues("codex.spring-ai.agent-model.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CodexAgentModel.class));
		offline.withUserConfiguration(OwnAgent.class)
			.run((context) -> assertThat(context).hasSingleBean(AgentModel.class).doesNotHaveBean(CodexAgentModel.class));
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CodexAgentModelAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AgentModel.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnAgent {

		@Bean
		AgentModel myAgent() {
			return (request) -> new AgentResponse(java.util.List.of());
		}

	}

	/** Options with only a timeout. */
	private record Timeout(Duration timeout) implements AgentOptions {

		@Override
		public String getWorkingDirectory() {
			return null;
		}

		@Override
		public Duration getTimeout() {
			return this.timeout;
		}

		@Override
		public Map<String, String> getEnvironmentVariables() {
			return Map.of();
		}

		@Override
		public String getModel() {
			return null;
		}

	}

}
