package dev.codexjava.spring.test.app;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import dev.codexjava.spring.test.CodexTest;
import dev.codexjava.testkit.InMemoryCodexServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service under test added with {@code @Import}, and what the test execution listener resets: each test starts
 * with an empty server, whatever the other one queued or recorded (their order does not matter).
 */
@CodexTest
@Import(AnswerService.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CodexTestImportTests {

	@Autowired
	private AnswerService answers;

	@Autowired
	private InMemoryCodexServer server;

	@Autowired
	private ApplicationContext context;

	@Test
	@Order(1)
	void aTurnLeavesSomethingQueuedAndRecorded() {
		assertThat(this.server.prompts()).isEmpty();
		this.server.enqueue(dev.codexjava.testkit.ScriptedTurn.text("first"),
				dev.codexjava.testkit.ScriptedTurn.text("left over"));
		assertThat(this.answers.answer("one")).isEqualTo("first");
	}

	@Test
	@Order(2)
	void theNextTestStartsFromScratch() {
		assertThat(this.server.prompts()).isEmpty();
		assertThat(this.answers.answer("two")).isEqualTo("ok");
		assertThat(this.context.getBeanNamesForType(UnrelatedService.class)).isEmpty();
	}

}
