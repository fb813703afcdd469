package dev.codexjava.spring.test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.testkit.InMemoryCodexServer;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} imported by
 * {@link AutoConfigureCodexInMemory @AutoConfigureCodexInMemory}: an {@link InMemoryCodexServer} bean, and the
 * {@link Codex} bean built from the auto-configured {@link CodexConfig} over connections to it (so
 * {@code CodexAutoConfiguration} backs off its own). Off when {@code codex.test.in-memory=false} (a
 * {@code @CodexTest(inMemory = false)}).
 */
@AutoConfiguration(before = CodexAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "codex.test.in-memory", matchIfMissing = true)
public final class CodexInMemoryAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	InMemoryCodexServer inMemoryCodexServer() {
		return new InMemoryCodexServer();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	Codex codex(CodexConfig codexConfig, InMemoryCodexServer inMemoryCodexServer) {
		// like CodexAutoConfiguration: the context closes the client, no JVM shutdown hook of its own
		CodexConfig config = codexConfig.shutdownHook() ? codexConfig.toBuilder().shutdownHook(false).build()
				: codexConfig;
		return Codex.create(config, inMemoryCodexServer::connect);
	}

}
