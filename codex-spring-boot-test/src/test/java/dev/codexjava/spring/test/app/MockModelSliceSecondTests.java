package dev.codexjava.spring.test.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.test.CodexTest;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @CodexTest(inMemory = false)}: the real binary and the mock model. This class and
 * {@code MockModelSliceFirstTests} share one cached context: whichever runs second
 * still gets a working model and app-server (an {@code @AfterAll} closing them would break it).
 */
@CodexTest(inMemory = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AnswerService.class))
class MockModelSliceSecondTests {

	@Autowired
	private AnswerService answers;

	@Autowired
	private MockModel model;

	@Autowired
	private MockCodexHome home;

	@Autowired
	private CodexConfig config;

	@Test
	void answersFromTheMockModelThroughTheRealBinary() {
		SharedContextProbe.sameModelAsTheOtherClass(this.model);
		this.model.enqueue(MockResponse.text("answer from Second"));
		assertThat(this.answers.answer("question Second")).isEqualTo("answer from Second");
		// reset after each test: this test's request is the only one recorded
		assertThat(this.model.requests()).singleElement()
			.satisfies((request) -> assertThat(request.lastUserText()).isEqualTo("question Second"));
		// the client's configuration, bound from the properties the registrar set
		assertThat(this.config.codexHome()).isEqualTo(this.home.path());
		assertThat(this.config.workingDirectory()).isEqualTo(this.home.path());
		assertThat(this.config.codexBinary()).isEqualTo(CodexBinaries.require());
	}

}
