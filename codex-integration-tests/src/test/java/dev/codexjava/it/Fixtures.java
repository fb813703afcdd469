package dev.codexjava.it;

import java.nio.file.Path;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;

/** Shared set-up for tests that manage their own clients. */
final class Fixtures {

	private Fixtures() {
	}

	/** A config on the real binary with a home wired to {@code model} (the home lives until the JVM exits). */
	static CodexConfig.Builder config(MockModel model) {
		MockCodexHome home = MockCodexHome.builder(model).build();
		Runtime.getRuntime().addShutdownHook(new Thread(home::close));
		return config(home.path());
	}

	static CodexConfig.Builder config(Path home) {
		return CodexConfig.builder()
			.codexBinary(CodexBinaries.require())
			.codexHome(home)
			.workingDirectory(home)
			.clientName("codex_it");
	}

}
