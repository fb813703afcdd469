package dev.codexjava.client;

/**
 * The outcome of a standalone command run with {@link Codex#exec(java.util.List, CommandOptions)}.
 *
 * @param exitCode the exit code (non-zero for a failed, killed or timed-out command)
 * @param stdout its standard output, as UTF-8 text (cut at the server's output cap)
 * @param stderr its standard error, as UTF-8 text (cut at the server's output cap)
 */
public record CommandResult(int exitCode, String stdout, String stderr) {

	/** Whether the command exited with 0. */
	public boolean isSuccess() {
		return this.exitCode == 0;
	}

}
