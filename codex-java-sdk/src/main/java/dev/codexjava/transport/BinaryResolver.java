package dev.codexjava.transport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;

/**
 * Finds the Codex executable: an explicit path first, then the {@code CODEX_BIN} environment variable, then
 * {@code codex} on {@code PATH}. Fails with a message that says how to install or configure it.
 */
@API(status = API.Status.INTERNAL)
public final class BinaryResolver {

	/** The environment variable naming the Codex executable. */
	public static final String CODEX_BIN_ENV = "CODEX_BIN";

	/** How to get a binary, repeated in every "not found" message. */
	public static final String INSTALL_HINT = "Install it with 'npm install -g @openai/codex' (or into a "
			+ "folder: 'npm install --prefix DIR @openai/codex'), then either put 'codex' on PATH, set the CODEX_BIN "
			+ "environment variable, "
			+ "or configure the path explicitly (CodexConfig.builder().codexBinary(path), or the Spring property "
			+ "'codex.binary').";

	private BinaryResolver() {
	}

	/**
	 * Resolves the executable.
	 * @param explicit the configured path, or {@code null}
	 * @param environment the environment to read {@code CODEX_BIN} and {@code PATH} from
	 * @return an existing, executable file
	 * @throws CodexStartupException if none is found or the chosen file is not executable
	 */
	public static Path resolve(@Nullable Path explicit, Map<String, String> environment) {
		if (explicit != null) {
			return check(explicit, "the configured codexBinary");
		}
		String fromEnv = environment.get(CODEX_BIN_ENV);
		if (fromEnv != null && !fromEnv.isBlank()) {
			return check(Path.of(fromEnv.trim()), "the CODEX_BIN environment variable");
		}
		Optional<Path> onPath = searchPath(environment.get("PATH"));
		if (onPath.isPresent()) {
			return onPath.get();
		}
		throw new CodexStartupException(Reason.BINARY_NOT_FOUND,
				"No Codex executable found: no explicit path was configured, CODEX_BIN is not set, and 'codex' is not "
						+ "on PATH. " + INSTALL_HINT);
	}

	private static Path check(Path path, String source) {
		if (!Files.exists(path)) {
			throw new CodexStartupException(Reason.BINARY_NOT_FOUND,
					"The Codex executable " + path + " (from " + source + ") does not exist. " + INSTALL_HINT);
		}
		if (Files.isDirectory(path) || !Files.isExecutable(path)) {
			throw new CodexStartupException(Reason.NOT_EXECUTABLE, "The Codex executable " + path + " (from " + source
					+ ") is not an executable file. Check its permissions (chmod +x) or point to the native 'codex' "
					+ "binary. " + INSTALL_HINT);
		}
		return path;
	}

	private static Optional<Path> searchPath(@Nullable String pathVariable) {
		if (pathVariable == null || pathVariable.isBlank()) {
			return Optional.empty();
		}
		for (String dir : pathVariable.split(File.pathSeparator)) {
			if (dir.isBlank()) {
				continue;
			}
			Path candidate = Path.of(dir, "codex");
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
