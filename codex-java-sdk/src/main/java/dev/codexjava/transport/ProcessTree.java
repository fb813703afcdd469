package dev.codexjava.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Stops a process together with all of its descendants (MCP servers, shells, the npm wrapper's child). */
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
		for (ProcessHandle handle : all) {
			handle.destroy();
		}
		awaitExit(all, grace);
		for (ProcessHandle handle : all) {
			if (handle.isAlive()) {
				handle.destroyForcibly();
			}
		}
		awaitExit(all, Duration.ofSeconds(2));
	}

	/** Kills {@code root}'s descendants that are still alive (after the root itself exited on its own). */
	static void killDescendants(List<ProcessHandle> descendants) {
		for (ProcessHandle handle : descendants) {
			if (handle.isAlive()) {
				handle.destroyForcibly();
			}
		}
	}

	static void awaitExit(List<ProcessHandle> handles, Duration timeout) {
		CompletableFuture<?>[] exits = handles.stream()
			.filter(ProcessHandle::isAlive)
			.map(ProcessHandle::onExit)
			.toArray(CompletableFuture[]::new);
		if (exits.length == 0) {
			return;
		}
		try {
			CompletableFuture.allOf(exits).get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			// timed out: the caller escalates
		}
	}

}
