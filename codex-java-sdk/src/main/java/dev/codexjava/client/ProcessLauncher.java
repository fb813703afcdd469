package dev.codexjava.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.transport.BinaryResolver;
import dev.codexjava.transport.ProcessLaunch;
import dev.codexjava.transport.StdioProcessTransport;
import dev.codexjava.transport.Transport;

/**
 * Process launch: turns a {@link CodexConfig} into the transport to the app-server, a connection to a remote endpoint
 * or a child process ({@code codex app-server --listen stdio://}) with its command line, environment and
 * {@code CODEX_HOME}. Nothing is started here; the connection starts the transport.
 */
final class ProcessLauncher {

	private ProcessLauncher() {
	}

	/** The transport {@code config} asks for. */
	static Transport transport(CodexConfig config) {
		if (config.endpoint() != null) {
			// a server the SDK does not own: one new connection, never a process
			return config.endpoint().newTransport(config.maxMessageBytes(), config.startupTimeout());
		}
		List<String> command = new ArrayList<>();
		if (config.launchCommand() != null) {
			// e.g. docker run -i --rm IMAGE codex app-server: the overrides go after it, app-server accepts them
			command.addAll(config.launchCommand());
			for (String override : config.configOverrides()) {
				command.add("--config");
				command.add(override);
			}
		}
		else {
			// the binary is looked up in this JVM's environment, whatever the child will inherit
			Map<String, String> lookupEnv = new HashMap<>(System.getenv());
			lookupEnv.putAll(config.environment());
			Path binary = BinaryResolver.resolve(config.codexBinary(), lookupEnv);
			command.add(binary.toString());
			for (String override : config.configOverrides()) {
				command.add("--config");
				command.add(override);
			}
			command.add("app-server");
			command.add("--listen");
			command.add("stdio://");
		}
		Map<String, String> env = new HashMap<>();
		if (config.inheritedVariables() != null) {
			for (String name : config.inheritedVariables()) {
				String value = System.getenv(name);
				if (value != null) {
					env.put(name, value);
				}
			}
		}
		env.putAll(config.environment());
		if (config.codexHome() != null) {
			Path home = config.codexHome().toAbsolutePath();
			createPrivateDirectory(home);
			env.put("CODEX_HOME", home.toString());
		}
		if (!config.inheritEnvironment() && !env.containsKey("PATH") && System.getenv("PATH") != null) {
			// the app-server needs PATH to run shells; it is not a secret
			env.put("PATH", System.getenv("PATH"));
		}
		ProcessLaunch launch = new ProcessLaunch(command, env, config.workingDirectory(),
				config.inheritEnvironment());
		return new StdioProcessTransport(launch, config.maxMessageBytes());
	}

	/** Creates a missing CODEX_HOME readable by the owner only (it will hold credentials and conversations). */
	private static void createPrivateDirectory(Path dir) {
		if (java.nio.file.Files.exists(dir)) {
			return;
		}
		try {
			if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				java.nio.file.Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions
					.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
				// createDirectories applies the umask: set the mode explicitly
				java.nio.file.Files.setPosixFilePermissions(dir,
						java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
			}
			else {
				java.nio.file.Files.createDirectories(dir);
			}
		}
		catch (java.io.IOException ex) {
			throw new CodexStartupException(Reason.PROCESS_FAILED,
					"Could not create CODEX_HOME " + dir + ": " + ex.getMessage(), ex);
		}
	}

}
