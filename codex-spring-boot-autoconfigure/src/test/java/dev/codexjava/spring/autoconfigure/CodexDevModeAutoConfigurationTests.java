package dev.codexjava.spring.autoconfigure;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CodexDevModeAutoConfiguration}: off by default, off without the testkit, and with
 * {@code codex.dev.mock-model=true} a mock model and home that the client uses, a loud warning, and (on the real
 * binary) a turn answered offline.
 */
@ExtendWith(OutputCaptureExtension.class)
class CodexDevModeAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexDevModeAutoConfiguration.class, CodexAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@Test
	void offByDefault(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(Codex.class)
				.doesNotHaveBean(MockModel.class)
				.doesNotHaveBean(MockCodexHome.class);
			assertThat(context.getBean(CodexConfig.class).codexHome()).isNull();
			assertThat(output).doesNotContain("CODEX DEV MODE");
		});
	}

	@Test
	void offWhenTheTestkitIsNotOnTheClassPath(CapturedOutput output) {
		this.runner.withClassLoader(new FilteredClassLoader(MockModel.class))
			.withPropertyValues("codex.dev.mock-model=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(Codex.class).doesNotHaveBean("codexDevMockModel");
				assertThat(context.getBean(CodexConfig.class).codexHome()).isNull();
				assertThat(output).doesNotContain("CODEX DEV MODE");
			});
	}

	@Test
	void onPointsTheClientAtAThrowawayHomeAndWarns(CapturedOutput output) {
		this.runner.withPropertyValues("codex.dev.mock-model=true").run((context) -> {
			assertThat(context).hasSingleBean(MockModel.class).hasSingleBean(MockCodexHome.class);
			MockCodexHome home = context.getBean(MockCodexHome.class);
			CodexConfig config = context.getBean(CodexConfig.class);
			assertThat(config.codexHome()).isEqualTo(home.path());
			assertThat(home.configToml()).contains(context.getBean(MockModel.class).baseUrl());
			assertThat(config.codexBinary()).isEqualTo(CodexBinaries.find().orElse(null));
			assertThat(output).contains("WARN").contains("CODEX DEV MODE").contains("Never enable this in production");
		});
	}

	@Test
	void anExplicitBinaryIsKept() {
		this.runner.withPropertyValues("codex.dev.mock-model=true", "codex.binary=/opt/codex/bin/codex")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).codexBinary())
				.hasToString("/opt/codex/bin/codex"));
	}

	@Test
	void theModelAndHomeAreClosedWithTheContext() {
		MockCodexHome[] home = new MockCodexHome[1];
		this.runner.withPropertyValues("codex.dev.mock-model=true")
			.run((context) -> home[0] = context.getBean(MockCodexHome.class));
		assertThat(Files.exists(home[0].path())).isFalse();
	}

	@Test
	void aTurnOnTheRealBinaryAnswersOfflineWithTheScriptedReply() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexDevModeAutoConfiguration.class, CodexAutoConfiguration.class))
			.withPropertyValues("codex.dev.mock-model=true", "codex.binary=" + CodexBinaries.require(),
					"codex.dev.mock-reply=Offline answer from the dev mode")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Codex codex = context.getBean(Codex.class);
				assertThat(codex.startThread(ThreadOptions.builder().ephemeral(true).build()).run("hello").finalResponse())
					.isEqualTo("Offline answer from the dev mode");
				assertThat(context.getBean(MockModel.class).requestCount()).isPositive();
			});
	}

}
