package dev.codexjava.spring.autoconfigure.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import dev.codexjava.client.Codex;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexStatus;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * {@link CodexHealthIndicator} (a client of one app-server) or {@link CodexPoolHealthIndicator} (a pool), registered
 * as the {@code codex} health contributor. Disable it with
 * {@code management.health.codex.enabled=false}.
 */
@AutoConfiguration(after = CodexAutoConfiguration.class)
@ConditionalOnClass({ Codex.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnSingleCandidate(Codex.class)
@ConditionalOnEnabledHealthIndicator("codex")
public final class CodexHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "codexHealthIndicator")
	HealthIndicator codexHealthIndicator(Codex codex, ObjectProvider<CodexStatus> codexStatus) {
		if (!codex.config().servers().isEmpty()) {
			return new CodexPoolHealthIndicator(codex, codexStatus.getIfAvailable());
		}
		return new CodexHealthIndicator(codex, codexStatus.getIfAvailable());
	}

}
