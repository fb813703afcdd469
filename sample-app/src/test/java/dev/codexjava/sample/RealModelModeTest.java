package dev.codexjava.sample;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an API key the demo model is off and the key goes to the client, never to the log. The app-server is not
 * started ({@code codex.lifecycle.auto-startup=false}): with a real provider it would try to reach the internet.
 */
@ExtendWith(OutputCaptureExtension.class)
class RealModelModeTest {

	private static final String KEY = "sk-sample-test-key-that-must-never-be-logged";

	@Test
	void anApiKeyTurnsTheDemoModelOff(CapturedOutput output) {
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
				"--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
				"--codex.lifecycle.auto-startup=false", "--codex.api-key=" + KEY,
				// application.yml reads ${CODEX_BIN:}: pin the blank default, whatever the machine's environment has
				"--codex.binary=")) {
			assertThat(context.getBeansOfType(DemoModel.class)).isEmpty();
			assertThat(context.getBean(ModeController.class).mode()).isEqualTo(SampleMode.OPENAI);
			CodexConfig config = context.getBean(Codex.class).config();
			assertThat(config.hasApiKey()).isTrue();
			assertThat(config.codexHome()).as("the user's own CODEX_HOME").isNull();
			assertThat(config.codexBinary()).isEqualTo(CodexBinaryCustomizer.find(Path.of("")).orElse(null));
			assertThat(context.getBean(Codex.class).isRunning()).isFalse();
		}
		assertThat(output).doesNotContain(KEY).doesNotContain("DEMO MODEL");
	}

}
