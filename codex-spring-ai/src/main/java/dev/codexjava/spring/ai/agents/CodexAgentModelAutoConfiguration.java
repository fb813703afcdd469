package dev.codexjava.spring.ai.agents;

import org.springaicommunity.agents.model.AgentModel;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.codexjava.client.Codex;
import dev.codexjava.spring.ai.autoconfigure.CodexSpringAiProperties;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of a
 * {@link CodexAgentModel} (the spring-ai-agents {@link AgentModel} contract) when {@code agent-model} is on the
 * classpath, the context has exactly one {@link Codex} bean and no other {@link AgentModel}; off with
 * {@code codex.spring-ai.agent-model.enabled=false}.
 */
@AutoConfiguration(after = CodexAutoConfiguration.class)
@ConditionalOnClass({ AgentModel.class, Codex.class })
@ConditionalOnSingleCandidate(Codex.class)
@ConditionalOnBooleanProperty(name = "codex.spring-ai.agent-model.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CodexSpringAiProperties.class)
public final class CodexAgentModelAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(AgentModel.class)
	CodexAgentModel codexAgentModel(Codex codex, CodexSpringAiProperties properties) {
		return new CodexAgentModel(codex, properties.getAgentModel().getTimeout());
	}

}
