package dev.codexjava.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The turn (or goal) running on each thread within one client, keyed by thread id: "one turn at a time per thread"
 * holds however many {@link CodexThread} objects exist for a thread ({@code resumeThread(id)} twice, a thread from
 * {@code startThread()} and one from {@code resumeThread(id)}). Outlives app-server restarts: a restart fails the
 * running turns, which release their threads.
 */
final class ThreadTurns {

	private final Map<String, TurnTracker> running = new ConcurrentHashMap<>();

	/**
	 * Claims {@code threadId} for {@code tracker}.
	 * @throws ThreadBusyException if a turn or goal of this client is running on that thread
	 */
	void claim(String threadId, TurnTracker tracker) {
		TurnTracker current = this.running.putIfAbsent(threadId, tracker);
		if (current != null) {
			throw new ThreadBusyException(threadId, current.turnId());
		}
	}

	/** Frees {@code threadId} if {@code tracker} holds it (a no-op for a tracker that never got the claim). */
	void release(String threadId, TurnTracker tracker) {
		this.running.remove(threadId, tracker);
	}

	/** Whether a turn or goal of this client runs on {@code threadId}. */
	boolean isBusy(String threadId) {
		return this.running.containsKey(threadId);
	}

}
