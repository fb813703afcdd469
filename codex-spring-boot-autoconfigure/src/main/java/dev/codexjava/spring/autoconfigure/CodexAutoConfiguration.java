package dev.codexjava.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.AsyncCodex;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexListener;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for a {@link Codex}
 * client: a {@link CodexConfig} from the {@code codex.*} properties, a {@link Codex} and {@link AsyncCodex} created
 * (not started) from it, and a {@link CodexLifecycle} that starts and stops the app-server with the context. When
 * the context defines several {@code Codex} beans, a {@link CodexClientsLifecycle} starts and stops each of them.
 * At start-up, a warning for each {@code codex.*} key that no Codex module knows ({@link UnknownCodexPropertiesWarning}).
 */
@AutoConfiguration
@ConditionalOnClass(Codex.class)
@ConditionalOnBooleanProperty(name = "codex.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CodexProperties.class)
public final class CodexAutoConfiguration {

	@Bean
	static UnknownCodexPropertiesWarning codexUnknownPropertiesWarning(Environment environment,
			ResourceLoader resourceLoader) {
		return new UnknownCodexPropertiesWarning(environment, resourceLoader.getClassLoader());
	}

	@Bean
	@ConditionalOnMissingBean
	CodexStatus codexStatus() {
		return new CodexStatus();
	}

	@Bean
	@ConditionalOnMissingBean
	CodexConfig codexConfig(CodexProperties properties, Environment environment,
			ObjectProvider<ApprovalHandler> approvalHandler, ObjectProvider<CodexListener> listeners,
			ObjectProvider<CodexConfigCustomizer> customizers, ObjectProvider<SslBundles> sslBundles) {
		CodexConfig.Builder builder = CodexConfigFactory.builder(properties,
				environment.getProperty("spring.application.name"))
			// the context closes the client (after the web server has drained): no JVM hook of its own
			.shutdownHook(false);
		List<String> servers = CodexServerMapping.apply(builder, properties, sslBundles.getIfAvailable());
		boolean pool = servers.size() > 1;
		approvalHandler.ifAvailable(builder::approvalHandler);
		List<CodexServerAwareListener> perServer = new ArrayList<>();
		listeners.orderedStream().forEach((listener) -> {
			if (listener instanceof CodexServerAwareListener aware) {
				if (pool) {
					perServer.add(aware);
				}
				else {
					builder.listener(aware.forServer(CodexServerMapping.DEFAULT_SERVER));
				}
			}
			else if (!(pool && listener instanceof CodexStatus)) {
				// a pool's health comes from Codex.servers(): one server's exit must not mark the whole client DOWN
				builder.listener(listener);
			}
		});
		if (!perServer.isEmpty()) {
			builder.serverListeners((name) -> CompositeCodexListener
				.of(perServer.stream().map((listener) -> listener.forServer(name)).toList()));
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	Codex codex(CodexConfig codexConfig) {
		// the context closes this client, after the web server has drained; a JVM shutdown hook of the SDK's own
		// would run in parallel with Spring's and end in-flight turns at once (also for a user-defined CodexConfig)
		return Codex.create(codexConfig.shutdownHook() ? codexConfig.toBuilder().shutdownHook(false).build()
				: codexConfig);
	}

	@Bean(destroyMethod = "")
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(Codex.class)
	AsyncCodex asyncCodex(Codex codex) {
		return codex.async();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(Codex.class)
	CodexLifecycle codexLifecycle(Codex codex, CodexStatus codexStatus, CodexProperties properties) {
		CodexProperties.Lifecycle lifecycle = properties.getLifecycle();
		return new CodexLifecycle(codex, codexStatus, lifecycle.isAutoStartup(), lifecycle.getPhase(),
				lifecycle.isWaitForStartup());
	}

	@Bean
	@ConditionalOnMissingBean({ CodexLifecycle.class, CodexClientsLifecycle.class })
	@Conditional(OnSeveralCodexClientsCondition.class)
	CodexClientsLifecycle codexClientsLifecycle(Map<String, Codex> clients, CodexProperties properties) {
		CodexProperties.Lifecycle lifecycle = properties.getLifecycle();
		return new CodexClientsLifecycle(clients, lifecycle.isAutoStartup(), lifecycle.getPhase(),
				lifecycle.isWaitForStartup());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(Codex.class)
	CodexLivenessProbe codexLivenessProbe(Codex codex, CodexStatus codexStatus, CodexProperties properties) {
		return new CodexLivenessProbe(codex, codexStatus, properties.getLiveness(),
				properties.getLifecycle().getPhase() + 1);
	}

}
