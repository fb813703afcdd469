package dev.codexjava.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests for {@link CodexBinaries}: the install instructions work for any project, and the npm install into a build
 * directory yields a runnable pinned CLI (needs npm and the npm registry or its cache).
 */
class CodexBinariesTest {

	@Test
	void theInstallCommandNamesThePinnedVersionAndTheBuildDirectoryNotThisRepositorysScript() {
		assertThat(CodexBinaries.installCommand())
			.isEqualTo("npm install --prefix target/codex-bin/" + CodexBinaries.PINNED_VERSION
					+ " --no-audit --no-fund @openai/codex@" + CodexBinaries.PINNED_VERSION)
			.doesNotContain("scripts/");
	}

	@Test
	void anEmptyDirectoryHasNoInstalledBinary(@TempDir Path dir) {
		assertThat(CodexBinaries.installed(dir)).isEmpty();
	}

	@Test
	void installsThePinnedCliWithNpmIntoTheGivenDirectoryOnce(@TempDir Path dir) throws Exception {
		assumeTrue(npmAvailable(), "npm is not installed");
		Path binary = CodexBinaries.install(dir.resolve("codex-bin"));
		assertThat(binary).startsWith(dir).isExecutable();
		assertThat(binary.toString()).contains("vendor");
		assertThat(run(binary.toString(), "--version")).contains(CodexBinaries.PINNED_VERSION);
		// a second call finds the install instead of running npm again
		Path log = dir.resolve("codex-bin").resolve("npm-install.log");
		Files.delete(log);
		assertThat(CodexBinaries.install(dir.resolve("codex-bin"))).isEqualTo(binary);
		assertThat(log).doesNotExist();
	}

	private static boolean npmAvailable() {
		try {
			return run("npm", "--version").matches("(?s)\\d+\\..*");
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			return out.trim();
		}
		finally {
			process.destroyForcibly();
		}
	}

}
