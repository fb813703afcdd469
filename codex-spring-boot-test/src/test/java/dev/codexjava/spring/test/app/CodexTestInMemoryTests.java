package dev.codexjava.spring.test.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.test.CodexTest;
import dev.codexjava.testkit.InMemoryCodexServer;
import dev.codexjava.testkit.RecordedApproval;
import dev.codexjava.testkit.ScriptedTurn;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @CodexTest} with its default, the in-memory app-server: no binary, no model, no process. */
@CodexTest(includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AnswerService.class),
		properties = "codex.binary=/nonexistent/codex")
class CodexTestInMemoryTests {

	@Autowired
	private AnswerService answers;

	@Autowired
	private InMemoryCodexServer server;

	@Autowired
	private ApplicationContext context;

	@Test
	void theServiceUnderTestGetsTheScriptedAnswer() {
		this.server.enqueue(ScriptedTurn.streamed("4", "2"));
		assertThat(this.answers.answer("What is the answer?")).isEqualTo("42");
		assertThat(this.server.prompts()).singleElement().asString().contains("the answer");
		// the auto-configured client, started by the context's lifecycle, over one in-memory connection
		assertThat(this.context.getBean(Codex.class).isRunning()).isTrue();
		assertThat(this.server.openConnections()).isEqualTo(1);
		// the slice's properties apply; the configured binary does not exist and is never launched
		assertThat(this.context.getBean(CodexConfig.class).codexBinary()).hasToString("/nonexistent/codex");
	}

	@Test
	void theSliceHoldsCodexAndItsConfigurationButNotUnrelatedBeans() {
		assertThat(this.context.getBeanNamesForType(UnrelatedService.class)).isEmpty();
		assertThat(this.context.getBeansOfType(ListsOnlyApprovalHandler.class)).hasSize(1);
		assertThat(this.context.getBean(CodexConfig.class).approvalHandler())
			.isSameAs(this.context.getBean(ListsOnlyApprovalHandler.class));
	}

	@Test
	void approvalRequestsReachTheApplicationsHandler() {
		this.server.enqueue(ScriptedTurn.text("listed").withCommandApproval("ls -la").withCommandApproval("rm -rf /"));
		assertThat(this.answers.answer("list it")).isEqualTo("listed");
		assertThat(this.server.approvals()).extracting(RecordedApproval::command, RecordedApproval::decision)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ls -la", "accept"),
					org.assertj.core.groups.Tuple.tuple("rm -rf /", "decline"));
		assertThat(this.server.approvals()).first().satisfies((approval) -> assertThat(approval.accepted()).isTrue());
	}

	@Test
	void aFailedTurnReachesTheService() {
		this.server.enqueue(ScriptedTurn.failed("quota exceeded", "usageLimitExceeded"));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(dev.codexjava.client.TurnFailedException.class)
			.isThrownBy(() -> this.answers.answer("anything"))
			.satisfies((ex) -> assertThat(ex.error().message()).isEqualTo("quota exceeded"));
	}

}
