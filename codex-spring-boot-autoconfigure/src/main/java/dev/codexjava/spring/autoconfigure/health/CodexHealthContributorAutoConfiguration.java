package dev.codexjava.spring.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexServer;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexClientsLifecycle;
import dev.codexjava.spring.autoconfigure.CodexStatus;
import dev.codexjava.spring.autoconfigure.OnSeveralCodexClientsCondition;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * {@link CodexHealthIndicator} (a client of one app-server) or {@link CodexPoolHealthIndicator} (a pool), registered
 * as the {@code codex} health contributor; with several {@code Codex} beans, a {@code codex} composite with one such
 * component per bean name (any component DOWN makes {@code codex} DOWN, Spring Boot's usual aggregation); for a pool
 * with {@code management.health.codex.server-components=true}, a {@code codex} composite of {@code pool} and one
 * component per server. Disable it with {@code management.health.codex.enabled=false}.
 */
@AutoConfiguration(after = CodexAutoConfiguration.class)
@ConditionalOnClass({ Codex.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Codex.class)
@ConditionalOnEnabledHealthIndicator("codex")
public final class CodexHealthContributorAutoConfiguration {

	static final String SERVER_COMPONENTS = "management.health.codex.server-components";

	static final String POOL_COMPONENT = "pool";

	@Bean
	@ConditionalOnMissingBean(name = "codexHealthIndicator")
	@ConditionalOnSingleCandidate(Codex.class)
	@ConditionalOnBooleanProperty(name = SERVER_COMPONENTS, havingValue = false, matchIfMissing = true)
	HealthIndicator codexHealthIndicator(Codex codex, ObjectProvider<CodexStatus> codexStatus) {
		if (!codex.config().servers().isEmpty()) {
			return new CodexPoolHealthIndicator(codex, codexStatus.getIfAvailable());
		}
		return new CodexHealthIndicator(codex, codexStatus.getIfAvailable());
	}

	/**
	 * {@code management.health.codex.server-components=true} and a pool: a {@code codex} composite with the component
	 * {@value #POOL_COMPONENT} ({@link CodexPoolHealthIndicator}: UP while one server takes new threads) and one
	 * component per server with that server's own status. Spring Boot aggregates a composite like any group (one DOWN
	 * server makes {@code codex} DOWN), so a readiness group should include {@code codex/pool}, not {@code codex}.
	 */
	@Bean(name = "codexHealthContributor")
	@ConditionalOnMissingBean(name = { "codexHealthIndicator", "codexHealthContributor" })
	@ConditionalOnSingleCandidate(Codex.class)
	@ConditionalOnBooleanProperty(SERVER_COMPONENTS)
	HealthContributor codexServerComponentsHealthContributor(Codex codex, ObjectProvider<CodexStatus> codexStatus) {
		CodexStatus status = codexStatus.getIfAvailable();
		if (codex.config().servers().isEmpty()) {
			return new CodexHealthIndicator(codex, status);
		}
		Map<String, HealthContributor> components = new LinkedHashMap<>();
		components.put(POOL_COMPONENT, new CodexPoolHealthIndicator(codex, status));
		for (CodexServer server : codex.config().servers()) {
			if (server.name().equals(POOL_COMPONENT)) {
				throw new IllegalStateException("A server named '" + POOL_COMPONENT + "' clashes with the health "
						+ "component of the whole pool (" + SERVER_COMPONENTS + "=true): rename the server");
			}
			components.put(server.name(), new CodexServerHealthIndicator(server.name(), codex::servers, status));
		}
		return CompositeHealthContributor.fromMap(components);
	}

	/**
	 * Several {@code Codex} beans: a {@code codex} composite with one component per bean name, each judged with the
	 * status its {@link CodexClientsLifecycle} tracks (or by the connection alone when none is tracked).
	 */
	@Bean
	@ConditionalOnMissingBean(name = { "codexHealthIndicator", "codexHealthContributor" })
	@Conditional(OnSeveralCodexClientsCondition.class)
	HealthContributor codexHealthContributor(Map<String, Codex> clients,
			ObjectProvider<CodexClientsLifecycle> lifecycle) {
		Map<String, CodexStatus> statuses = lifecycle.stream().findFirst().map(CodexClientsLifecycle::statuses)
			.orElse(Map.of());
		Map<String, HealthContributor> components = new LinkedHashMap<>();
		clients.forEach((name, codex) -> components.put(name, indicator(codex, statuses.get(name))));
		return CompositeHealthContributor.fromMap(components);
	}

	private static HealthIndicator indicator(Codex codex, CodexStatus status) {
		return codex.config().servers().isEmpty() ? new CodexHealthIndicator(codex, status)
				: new CodexPoolHealthIndicator(codex, status);
	}

}
