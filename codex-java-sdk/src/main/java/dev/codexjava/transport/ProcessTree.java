package dev.codexjava.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops a process together with all of its descendants (MCP servers, shells, the npm wrapper's child). Which
 * processes belong to the app-server after it died is {@link ProcessFamily}'s business.
 */
final class ProcessTree {

	private ProcessTree() {
	}

	/**
	 * Terminates {@code root} and every descendant: SIGTERM first, then after {@code grace} SIGKILL for whatever is
	 * still alive. Descendants are captured before the root dies, because orphans are re-parented and can no longer be
	 * found from it.
	 */
	static void terminate(ProcessHandle root, Duration grace) {
		List<ProcessHandle> all = new ArrayList<>();
		root.descendants().forEach(all::add);
		all.add(root);
		terminateAll(all, grace);
	}

	/** SIGTERM to every handle, then after {@code grace} SIGKILL for whatever is still alive. */
	static void terminateAll(List<ProcessHandle> handles, Duration grace) {
		for (ProcessHandle handle : handles) {
			handle.destroy();
		}
		awaitExit(handles, grace);
		killAll(handles);
		awaitExit(handles, Duration.ofSeconds(2));
	}

	/** SIGKILL to every handle that is still running. */
	static void killAll(List<ProcessHandle> handles) {
		for (ProcessHandle handle : handles) {
			if (isRunning(handle)) {
				handle.destroyForcibly();
			}
		}
	}

	/** Waits until every handle has exited (or is a zombie nobody reaps), at most {@code timeout}. */
	static void awaitExit(List<ProcessHandle> handles, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (ProcessHandle handle : handles) {
			while (isRunning(handle)) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return;
				}
				try {
					handle.onExit().get(Math.min(TimeUnit.NANOSECONDS.toMillis(left), 20) + 1, TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (Exception ex) {
					// not yet: check again (a zombie never completes onExit for a non-child)
				}
			}
		}
	}

	/**
	 * Whether a process is alive and not a zombie. Orphans that were killed stay zombies when the machine's init does
	 * not reap them; they hold no resources but {@link ProcessHandle#isAlive()} still reports them.
	 */
	static boolean isRunning(ProcessHandle handle) {
		if (!handle.isAlive()) {
			return false;
		}
		Path stat = Path.of("/proc", Long.toString(handle.pid()), "stat");
		if (!Files.isReadable(stat)) {
			return true;
		}
		try {
			String text = Files.readString(stat);
			int end = text.lastIndexOf(')');
			char state = (end > 0 && end + 2 < text.length()) ? text.charAt(end + 2) : 'R';
			return state != 'Z' && state != 'X';
		}
		catch (IOException ex) {
			return handle.isAlive();
		}
	}

}
