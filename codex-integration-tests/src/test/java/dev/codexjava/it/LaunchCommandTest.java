package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The stdio transport through a launch-command override (how docker/kubectl/ssh wrappers are used). */
class LaunchCommandTest {

	@TempDir
	Path tmp;

	@Test
	void runsTheAppServerThroughTheWrapperWithTheConfigOverridesAppended() throws Exception {
		Path marker = this.tmp.resolve("wrapper-ran");
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.enqueue(MockResponse.text("wrapped answer"));
			// like "docker run -i --rm IMAGE codex app-server": the wrapper records its arguments and execs codex
			try (Codex codex = Codex.start(Fixtures.config(home.path())
				.codexBinary(null)
				.launchCommand("/bin/sh", "-c", "printf '%s\\n' \"$@\" > '" + marker + "'; exec \"$@\"", "wrapper",
						CodexBinaries.require().toString(), "app-server")
				.config("model", "wrapped-model")
				.build())) {
				assertThat(codex.startThread().run("hi").finalResponse()).isEqualTo("wrapped answer");
				assertThat(model.requests().get(0).model()).isEqualTo("wrapped-model");
			}
			assertThat(Files.readAllLines(marker)).containsSubsequence("app-server", "--config",
					"model=\"wrapped-model\"");
		}
	}

}
