package dev.codexjava.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.codexjava.client.Codex;

/**
 * Finds the Codex executable for tests, in this order: the system property {@code codex.bin}; the environment
 * variable {@code CODEX_BIN}; {@code <codex.install.dir>/codex} (a system property; this repository's build sets it);
 * a {@code .codex-bin/codex} in the working directory or one of its parents (where this repository's
 * {@code scripts/install-codex.sh} puts it); the pinned CLI installed with npm into the build directory
 * ({@code target/codex-bin/<version>} or {@code build/codex-bin/<version>}, see {@link #installCommand()}). With the
 * system property {@code codex.testkit.install=true} (or the environment variable {@code CODEX_TESTKIT_INSTALL=true}),
 * {@link #require()} runs that npm install itself on first use when nothing is found.
 */
public final class CodexBinaries {

	/** The Codex CLI version the tests pin: the oldest one the SDK accepts. */
	public static final String PINNED_VERSION = Codex.MINIMUM_SERVER_VERSION;

	private static final Object installLock = new Object();

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
		for (String buildDir : List.of("target", "build")) {
			Optional<Path> found = installed(Path.of(buildDir, "codex-bin", PINNED_VERSION));
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * The executable: {@link #find() found}, or installed into {@code target/codex-bin/<version>} with npm when
	 * {@code codex.testkit.install=true}.
	 * @throws IllegalStateException with install instructions that work for any project if none is found
	 */
	public static Path require() {
		Optional<Path> found = find();
		if (found.isPresent()) {
			return found.get();
		}
		if (Boolean.parseBoolean(System.getProperty("codex.testkit.install"))
				|| Boolean.parseBoolean(System.getenv("CODEX_TESTKIT_INSTALL"))) {
			synchronized (installLock) {
				return find().orElseGet(() -> install(Path.of("target", "codex-bin", PINNED_VERSION)));
			}
		}
		throw new IllegalStateException("No Codex executable found for tests. Install the pinned CLI into the build "
				+ "directory, where the tests find it:\n    " + installCommand() + "\n(needs Node.js/npm), or let the "
				+ "tests do that on first use with the system property codex.testkit.install=true (Maven: "
				+ "-Dcodex.testkit.install=true, or surefire's systemPropertyVariables). An executable elsewhere: the "
				+ "system property codex.bin or the environment variable CODEX_BIN (its absolute path).");
	}

	/** The npm command that installs the pinned CLI where {@link #find()} looks for it (from the project folder). */
	public static String installCommand() {
		return "npm install --prefix target/codex-bin/" + PINNED_VERSION + " --no-audit --no-fund @openai/codex@"
				+ PINNED_VERSION;
	}

	/**
	 * Installs the pinned {@code @openai/codex} with npm into {@code dir} (unless it is already there) and returns its
	 * executable, preferring the native binary over the npm wrapper script.
	 */
	static Path install(Path dir) {
		Optional<Path> existing = installed(dir);
		if (existing.isPresent()) {
			return existing.get();
		}
		List<String> command = List.of("npm", "install", "--prefix", dir.toAbsolutePath().toString(), "--no-audit",
				"--no-fund", "--loglevel=error", "@openai/codex@" + PINNED_VERSION);
		try {
			Files.createDirectories(dir);
			Process npm = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dir.resolve("npm-install.log").toFile())
				.start();
			boolean done = false;
			try {
				done = npm.waitFor(10, TimeUnit.MINUTES);
			}
			finally {
				if (!done) {
					npm.destroyForcibly();
				}
			}
			if (!done || npm.exitValue() != 0) {
				throw new IllegalStateException("'" + String.join(" ", command) + "' failed (see "
						+ dir.resolve("npm-install.log").toAbsolutePath() + "). Install it by hand: " + installCommand());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run npm (is Node.js installed?) to install @openai/codex@"
					+ PINNED_VERSION + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while installing @openai/codex@" + PINNED_VERSION, ex);
		}
		return installed(dir).orElseThrow(() -> new IllegalStateException(
				"npm installed @openai/codex@" + PINNED_VERSION + " into " + dir + " but no executable was found"));
	}

	/** The executable of an npm install in {@code dir}: the native binary, else the npm wrapper. */
	static Optional<Path> installed(Path dir) {
		Path modules = dir.resolve("node_modules");
		if (!Files.isDirectory(modules)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.find(modules, 8, (path, attributes) -> attributes.isRegularFile()
				&& path.getFileName().toString().equals("codex") && path.getParent().getFileName().toString().equals("bin")
				&& path.toString().contains("vendor"))) {
			Optional<Path> nativeBinary = files.filter(Files::isExecutable).findFirst();
			if (nativeBinary.isPresent()) {
				return nativeBinary.map(Path::toAbsolutePath);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return executable(modules.resolve(".bin").resolve("codex"));
	}

	private static Optional<Path> executable(Path path) {
		Path real = path.toAbsolutePath();
		return (Files.isRegularFile(real) && Files.isExecutable(real)) ? Optional.of(real) : Optional.empty();
	}

}
