package dev.codexjava.transport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What to spawn: the full command line, extra environment variables, the working directory, and whether the child
 * inherits this JVM's environment.
 *
 * @param command the executable followed by its arguments
 * @param environment variables set (or overridden) in the child's environment
 * @param workingDirectory the child's working directory, or {@code null} to inherit
 * @param inheritEnvironment whether the child starts from this JVM's environment
 */
@API(status = API.Status.INTERNAL)
public record ProcessLaunch(List<String> command, Map<String, String> environment,
		@Nullable Path workingDirectory,
		boolean inheritEnvironment) {

	public ProcessLaunch {
		command = List.copyOf(Objects.requireNonNull(command, "command"));
		if (command.isEmpty()) {
			throw new IllegalArgumentException("command must not be empty");
		}
		environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
	}

	@Override
	public String toString() {
		// Environment values and --config values may hold secrets: only names and keys are shown.
		java.util.List<String> shown = new java.util.ArrayList<>();
		boolean nextIsConfig = false;
		for (String arg : this.command) {
			if (nextIsConfig && arg.indexOf('=') > 0) {
				shown.add(arg.substring(0, arg.indexOf('=')) + "=******");
			}
			else {
				shown.add(arg);
			}
			nextIsConfig = arg.equals("--config") || arg.equals("-c");
		}
		return "ProcessLaunch[command=" + shown + ", environmentKeys=" + this.environment.keySet()
				+ ", workingDirectory=" + this.workingDirectory + ", inheritEnvironment=" + this.inheritEnvironment
				+ "]";
	}

}
