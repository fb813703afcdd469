package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

/**
 * A turn was started on a thread that is already running one. The app-server would merge the two into one turn, so
 * the SDK refuses the second one instead: wait for the running turn, steer it, or use another thread. (The SDK throws
 * the deprecated subclass {@code dev.codexjava.client.ThreadBusyException}, so code that catches either type works.)
 */
public class ThreadBusyException extends CodexException {

	private static final long serialVersionUID = 1L;

	private final String threadId;

	private final @Nullable String activeTurnId;

	private final boolean startedElsewhere;

	/** The thread runs a turn this client started. */
	public ThreadBusyException(String threadId, @Nullable String activeTurnId) {
		this("Thread " + threadId + " already runs turn " + (activeTurnId != null ? activeTurnId : "(starting)")
				+ "; only one turn at a time per thread. Wait for it, steer it, or use another thread.", threadId,
				activeTurnId, false);
	}

	/** With a message of its own, and whether the running turn was started elsewhere. */
	protected ThreadBusyException(String message, String threadId, @Nullable String activeTurnId,
			boolean startedElsewhere) {
		super(message);
		this.threadId = threadId;
		this.activeTurnId = activeTurnId;
		this.startedElsewhere = startedElsewhere;
	}

	/** The busy thread. */
	public String threadId() {
		return this.threadId;
	}

	/** The running turn's id, or {@code null} if it is still starting or not known. */
	public @Nullable String activeTurnId() {
		return this.activeTurnId;
	}

	/**
	 * Whether the running turn was started elsewhere (another client of the same app-server, or the server itself)
	 * rather than through this client.
	 */
	public boolean startedElsewhere() {
		return this.startedElsewhere;
	}

}
