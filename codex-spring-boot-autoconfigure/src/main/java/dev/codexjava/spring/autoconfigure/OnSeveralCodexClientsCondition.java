package dev.codexjava.spring.autoconfigure;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

import dev.codexjava.client.Codex;

/**
 * Matches when the context defines more than one {@link Codex} bean (the case {@code @ConditionalOnSingleCandidate}
 * does not cover): each then gets its own lifecycle and health component. Evaluated when beans are registered, like
 * {@code @ConditionalOnBean}, so it sees the application's own definitions.
 */
public final class OnSeveralCodexClientsCondition extends SpringBootCondition implements ConfigurationCondition {

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		int count = (beanFactory != null) ? beanFactory.getBeanNamesForType(Codex.class, true, false).length : 0;
		return (count > 1) ? ConditionOutcome.match(count + " Codex beans")
				: ConditionOutcome.noMatch(count + " Codex bean(s)");
	}

}
