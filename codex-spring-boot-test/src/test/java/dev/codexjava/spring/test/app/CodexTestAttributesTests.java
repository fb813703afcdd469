package dev.codexjava.spring.test.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.retry.CodexRetryAutoConfiguration;
import dev.codexjava.spring.test.CodexTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code useDefaultFilters = false} and {@code excludeAutoConfiguration}. */
@CodexTest(useDefaultFilters = false, excludeAutoConfiguration = CodexRetryAutoConfiguration.class)
class CodexTestAttributesTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void withoutTheDefaultFiltersNoApplicationBeanIsScannedAndExcludedAutoConfigurationIsLeftOut() {
		assertThat(this.context.getBeanNamesForType(ListsOnlyApprovalHandler.class)).isEmpty();
		assertThat(this.context.getBean(CodexConfig.class).approvalHandler())
			.isNotInstanceOf(ListsOnlyApprovalHandler.class);
		assertThat(this.context.containsBean(CodexRetryAutoConfiguration.ADVISOR_BEAN_NAME)).isFalse();
		assertThat(this.context.getBean(Codex.class).isRunning()).isTrue();
		assertThat(this.context.getBeanNamesForType(ApprovalHandler.class)).isEmpty();
	}

}
