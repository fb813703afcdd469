package dev.codexjava.sample;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** When the demo model is on. */
class DemoModeConditionTest {

	@Test
	void onWithoutAnApiKey() {
		assertThat(DemoModeCondition.isDemo(new MockEnvironment())).isTrue();
		assertThat(DemoModeCondition.isDemo(new MockEnvironment().withProperty("codex.api-key", " "))).isTrue();
	}

	@Test
	void offWithAnApiKey() {
		assertThat(DemoModeCondition.isDemo(new MockEnvironment().withProperty("codex.api-key", "sk-test"))).isFalse();
	}

	@Test
	void theSwitchWins() {
		assertThat(DemoModeCondition.isDemo(new MockEnvironment().withProperty("codex.api-key", "sk-test")
			.withProperty(DemoModeCondition.PROPERTY, "true"))).isTrue();
		assertThat(DemoModeCondition.isDemo(new MockEnvironment().withProperty(DemoModeCondition.PROPERTY, "false")))
			.isFalse();
	}

}
