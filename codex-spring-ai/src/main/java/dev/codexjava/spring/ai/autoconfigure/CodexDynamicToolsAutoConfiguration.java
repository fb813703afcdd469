package dev.codexjava.spring.ai.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.ai.support.ToolCallbacks;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.codexjava.client.Codex;
import dev.codexjava.client.DynamicTool;
import dev.codexjava.spring.ai.CodexDynamicTools;
import dev.codexjava.spring.ai.SpringAiDynamicTools;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the Spring AI tools
 * offered to Codex: a {@link CodexDynamicTools} bean with the tools of the beans named in
 * {@code codex.spring-ai.dynamic-tools.beans} (each a {@link ToolCallbackProvider}, a {@link ToolCallback}, or a bean
 * with {@code @Tool} methods). Dynamic tools are an experimental app-server API: with tools listed and
 * {@code codex.experimental-api} off, the context fails to start.
 */
@AutoConfiguration(after = CodexAutoConfiguration.class)
@ConditionalOnClass({ ToolCallback.class, Codex.class })
@ConditionalOnSingleCandidate(Codex.class)
@EnableConfigurationProperties(CodexSpringAiProperties.class)
public final class CodexDynamicToolsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CodexDynamicTools codexDynamicTools(CodexSpringAiProperties properties, BeanFactory beans, Codex codex) {
		CodexSpringAiProperties.DynamicTools settings = properties.getDynamicTools();
		List<DynamicTool> tools = new ArrayList<>();
		for (String name : settings.getBeans()) {
			Object bean = beans.getBean(name);
			ToolCallback[] callbacks;
			if (bean instanceof ToolCallbackProvider provider) {
				callbacks = provider.getToolCallbacks();
			}
			else if (bean instanceof ToolCallback callback) {
				callbacks = new ToolCallback[] { callback };
			}
			else {
				try {
					callbacks = ToolCallbacks.from(bean);
				}
				catch (IllegalStateException | IllegalArgumentException ex) {
					throw noTools(name, ex);
				}
			}
			if (callbacks.length == 0) {
				throw noTools(name, null);
			}
			for (ToolCallback callback : callbacks) {
				tools.add(SpringAiDynamicTools.of(callback, settings.getTimeout()));
			}
		}
		if (!tools.isEmpty() && !codex.config().experimentalApi()) {
			throw new IllegalStateException("codex.spring-ai.dynamic-tools.beans offers " + tools.size()
					+ " tool(s) to Codex, but dynamic tools are an experimental app-server API: "
					+ "set codex.experimental-api=true");
		}
		return new CodexDynamicTools(tools);
	}

	private static IllegalStateException noTools(String name, RuntimeException cause) {
		return new IllegalStateException("Bean '" + name + "' in codex.spring-ai.dynamic-tools.beans offers no "
				+ "Spring AI tools (it is no ToolCallbackProvider or ToolCallback and has no @Tool method)", cause);
	}

}
