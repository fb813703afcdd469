package dev.codexjava.it.fault;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.testkit.CodexBinaries;

/**
 * Runs the real binary behind {@link LateAnswerRelay}: an executable script given as
 * {@link CodexConfig.Builder#codexBinary} that {@code exec}s the relay's JVM, which starts the real binary with the
 * SDK's arguments and holds back the answer to the first request of one method.
 */
final class LateAnswerRelayLauncher {

	private LateAnswerRelayLauncher() {
	}

	/**
	 * A config on the real binary (home {@code home}, wired to a mock model) whose first {@code method} request is
	 * answered {@code delay} after the server sent the answer.
	 */
	static CodexConfig.Builder config(Path dir, Path home, String method, Duration delay) {
		try {
			Path script = dir.resolve("late-answer-codex");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			String classpath = String.join(File.pathSeparator, FaultServerLauncher.classpath());
			Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
					+ " -Xshare:auto -cp '" + classpath + "' " + LateAnswerRelay.class.getName() + " \"$@\"\n",
					StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
			return CodexConfig.builder()
				.codexBinary(script)
				.env("RELAY_CODEX", CodexBinaries.require().toString())
				.env("RELAY_METHOD", method)
				.env("RELAY_DELAY_MS", Long.toString(delay.toMillis()))
				.codexHome(home)
				.workingDirectory(home)
				.clientName("codex_it");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
