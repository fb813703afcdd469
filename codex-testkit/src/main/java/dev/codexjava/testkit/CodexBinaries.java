package dev.codexjava.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the Codex executable for tests: the system property {@code codex.bin}, the environment variable
 * {@code CODEX_BIN}, {@code <codex.install.dir>/codex} (set by the build to the project's install folder), or a
 * {@code .codex-bin/codex} in the working directory or one of its parents (where {@code scripts/install-codex.sh}
 * puts it).
 */
public final class CodexBinaries {

	private CodexBinaries() {
	}

	/** The executable, if one is found. */
	public static Optional<Path> find() {
		String property = System.getProperty("codex.bin");
		if (property != null && !property.isBlank()) {
			return executable(Path.of(property));
		}
		String env = System.getenv("CODEX_BIN");
		if (env != null && !env.isBlank()) {
			return executable(Path.of(env));
		}
		String installDir = System.getProperty("codex.install.dir");
		if (installDir != null && !installDir.isBlank()) {
			Optional<Path> found = executable(Path.of(installDir, "codex"));
			if (found.isPresent()) {
				return found;
			}
		}
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Optional<Path> found = executable(dir.resolve(".codex-bin").resolve("codex"));
			if (found.isPresent()) {
				return found;
			}
			dir = dir.getParent();
		}
		return Optional.empty();
	}

	/**
	 * The executable.
	 * @throws IllegalStateException with install instructions if none is found
	 */
	public static Path require() {
		return find().orElseThrow(() -> new IllegalStateException("No Codex executable found for tests. Run "
				+ "scripts/install-codex.sh (installs the pinned @openai/codex into .codex-bin/), or set the system "
				+ "property codex.bin or the environment variable CODEX_BIN."));
	}

	private static Optional<Path> executable(Path path) {
		Path real = path.toAbsolutePath();
		return (Files.isRegularFile(real) && Files.isExecutable(real)) ? Optional.of(real) : Optional.empty();
	}

}
