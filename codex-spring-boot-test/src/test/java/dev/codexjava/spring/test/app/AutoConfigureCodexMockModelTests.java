package dev.codexjava.spring.test.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import dev.codexjava.spring.test.AutoConfigureCodexMockModel;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @AutoConfigureCodexMockModel} on a full {@code @SpringBootTest}, with its attributes. */
@SpringBootTest
@AutoConfigureCodexMockModel(approvalPolicy = "on-request", sandboxMode = "workspace-write")
class AutoConfigureCodexMockModelTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MockModel model;

	@Autowired
	private MockCodexHome home;

	@Test
	void theWholeApplicationRunsAgainstTheMockModelWithTheAttributesInItsHome() {
		assertThat(this.context.getBeanNamesForType(UnrelatedService.class)).hasSize(1);
		assertThat(this.home.configToml()).contains("approval_policy = \"on-request\"")
			.contains("sandbox_mode = \"workspace-write\"");
		this.model.enqueue(MockResponse.streamed("full context", java.util.List.of("full ", "context")));
		assertThat(this.context.getBean(AnswerService.class).answer("hello")).isEqualTo("full context");
		assertThat(this.model.requestCount()).isEqualTo(1);
	}

}
