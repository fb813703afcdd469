package dev.codexjava.client;

import dev.codexjava.error.CodexException;

/**
 * A turn was started on a thread that is already running one. The app-server would merge the two into one turn, so
 * the SDK refuses the second one instead: wait for the running turn ({@link TurnHandle#run()}), steer it
 * ({@link TurnHandle#steer}), or use another thread.
 */
public class ThreadBusyException extends CodexException {

	private static final long serialVersionUID = 1L;

	private final String threadId;

	private final String activeTurnId;

	public ThreadBusyException(String threadId, String activeTurnId) {
		super("Thread " + threadId + " already runs turn " + (activeTurnId != null ? activeTurnId : "(starting)")
				+ "; only one turn at a time per thread. Wait for it, steer it, or use another thread.");
		this.threadId = threadId;
		this.activeTurnId = activeTurnId;
	}

	/** The busy thread. */
	public String threadId() {
		return this.threadId;
	}

	/** The running turn's id, or {@code null} if it is still starting. */
	public String activeTurnId() {
		return this.activeTurnId;
	}

}
