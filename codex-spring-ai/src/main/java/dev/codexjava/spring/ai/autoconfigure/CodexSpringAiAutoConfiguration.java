package dev.codexjava.spring.ai.autoconfigure;

import org.springframework.ai.tool.ToolCallback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.codexjava.client.Codex;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.spring.ai.CodexDynamicTools;
import dev.codexjava.spring.ai.CodexToolCallback;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexLifecycle;
import dev.codexjava.spring.autoconfigure.CodexProperties;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the Spring AI
 * integration: a {@link CodexToolCallback} named {@code codex} (a {@link ToolCallback} bean: inject it and pass it
 * with {@code ChatClient.prompt().toolCallbacks(List.of(codexTool))} to offer it to the chat model) when
 * Spring AI is on the classpath and the context has exactly one {@link Codex} bean; off with
 * {@code codex.spring-ai.tool.enabled=false}. Its threads get the {@link CodexDynamicTools} (the Spring AI tools
 * offered to Codex), if any. The tool's threads are closed when the context stops, before the
 * app-server.
 */
@AutoConfiguration(after = { CodexAutoConfiguration.class, CodexDynamicToolsAutoConfiguration.class })
@ConditionalOnClass({ ToolCallback.class, Codex.class })
@ConditionalOnSingleCandidate(Codex.class)
@ConditionalOnBooleanProperty(name = "codex.spring-ai.tool.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CodexSpringAiProperties.class)
public final class CodexSpringAiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CodexToolCallback codexToolCallback(Codex codex, CodexSpringAiProperties properties,
			ObjectProvider<CodexDynamicTools> dynamicTools) {
		CodexSpringAiProperties.Tool tool = properties.getTool();
		CodexToolCallback.Builder builder = CodexToolCallback.builder(codex)
			.name(tool.getName())
			.maxConversations(tool.getMaxConversations())
			.timeout(tool.getTimeout());
		if (tool.getDescription() != null && !tool.getDescription().isBlank()) {
			builder.description(tool.getDescription());
		}
		CodexDynamicTools tools = dynamicTools.getIfAvailable();
		if (tools != null && !tools.isEmpty()) {
			// the application's Spring AI tools on every thread the tool starts (defaults otherwise unchanged)
			builder.threadOptions((conversationId) -> tools
				.applyTo((conversationId != null) ? ThreadOptions.builder() : ThreadOptions.builder().ephemeral(true))
				.build());
		}
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	CodexToolThreadsLifecycle codexToolThreadsLifecycle(CodexToolCallback tool,
			ObjectProvider<CodexProperties> codexProperties) {
		CodexProperties properties = codexProperties.getIfAvailable();
		int phase = (properties != null) ? properties.getLifecycle().getPhase() : CodexLifecycle.DEFAULT_PHASE;
		return new CodexToolThreadsLifecycle(tool, phase + 1);
	}

}
