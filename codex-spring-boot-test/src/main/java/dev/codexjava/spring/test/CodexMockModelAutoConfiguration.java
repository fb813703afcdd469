package dev.codexjava.spring.test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} imported by
 * {@link AutoConfigureCodexMockModel @AutoConfigureCodexMockModel}: a {@link MockModel} and a {@link MockCodexHome}
 * as beans closed with the context, and the {@code codex.*} properties that point the application's {@code Codex} at
 * them. Off when {@code codex.test.in-memory=true} (a {@code @CodexTest} with the in-memory app-server).
 */
@AutoConfiguration(before = CodexAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "codex.test.in-memory", havingValue = false, matchIfMissing = true)
public final class CodexMockModelAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	MockModel codexMockModel() {
		return MockModel.start();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	MockCodexHome codexMockHome(MockModel codexMockModel, Environment environment) {
		return MockCodexHome.builder(codexMockModel)
			.approvalPolicy(environment.getProperty("codex.test.mock-model.approval-policy", "never"))
			.sandboxMode(environment.getProperty("codex.test.mock-model.sandbox-mode", "read-only"))
			.build();
	}

	/**
	 * Points {@code codex.*} at the mock home: its path as {@code codex.codex-home}; the binary from
	 * {@link CodexBinaries#require()} and the home as working directory unless the test sets them.
	 */
	@Bean
	DynamicPropertyRegistrar codexMockModelProperties(MockCodexHome codexMockHome, Environment environment) {
		boolean binarySet = environment.containsProperty("codex.binary");
		boolean workingDirectorySet = environment.containsProperty("codex.working-directory");
		return (registry) -> {
			registry.add("codex.codex-home", () -> codexMockHome.path().toString());
			if (!binarySet) {
				registry.add("codex.binary", () -> CodexBinaries.require().toString());
			}
			if (!workingDirectorySet) {
				registry.add("codex.working-directory", () -> codexMockHome.path().toString());
			}
		};
	}

}
