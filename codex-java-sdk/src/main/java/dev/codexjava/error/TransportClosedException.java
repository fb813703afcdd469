package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.OptionalInt;

/**
 * The connection to the app-server is gone: the client was closed, or the child process exited (crash,
 * {@code kill -9}, stdin closed). Carries the exit code when known and the last lines the process wrote to stderr.
 */
public class TransportClosedException extends CodexException {

	private static final long serialVersionUID = 1L;

	private final @Nullable Integer exitCode;

	private final List<String> stderrTail;

	private final String reason;

	public TransportClosedException(String reason, @Nullable Integer exitCode, @Nullable List<String> stderrTail) {
		super(describe(reason, exitCode, stderrTail));
		this.reason = reason;
		this.exitCode = exitCode;
		this.stderrTail = (stderrTail != null) ? List.copyOf(stderrTail) : List.of();
	}

	private static String describe(String reason, Integer exitCode, List<String> stderrTail) {
		StringBuilder sb = new StringBuilder(reason);
		if (exitCode != null) {
			sb.append(" (exit code ").append(exitCode);
			if (exitCode > 128 && exitCode < 160) {
				sb.append(", signal ").append(exitCode - 128);
			}
			sb.append(')');
		}
		if (stderrTail != null && !stderrTail.isEmpty()) {
			// skip backtrace frames so the lines that say what went wrong survive the cut
			List<String> meaningful = stderrTail.stream()
				.filter((line) -> !line.isBlank() && !line.matches("\\s+\\d+:.*") && !line.matches("\\s+at .*")
						&& !line.trim().equals("Stack backtrace:"))
				.toList();
			if (!meaningful.isEmpty()) {
				sb.append("; last stderr lines:");
				int from = Math.max(0, meaningful.size() - 10);
				for (String line : meaningful.subList(from, meaningful.size())) {
					sb.append("\n  ").append(line.length() > 300 ? line.substring(0, 300) + "…" : line);
				}
			}
		}
		return sb.toString();
	}

	/** The child's exit code, if it exited and the code is known. */
	public OptionalInt exitCode() {
		return (this.exitCode != null) ? OptionalInt.of(this.exitCode) : OptionalInt.empty();
	}

	/** The last lines the child wrote to stderr before the connection closed (possibly empty). */
	public List<String> stderrTail() {
		return this.stderrTail;
	}

	/** Returns a copy of this exception with a fresh stack trace, for rethrowing in another caller's thread. */
	public TransportClosedException copy() {
		TransportClosedException copy = new TransportClosedException(this.reason, this.exitCode, this.stderrTail);
		copy.initCause(this);
		return copy;
	}

}
