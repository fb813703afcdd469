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

	private final boolean startedElsewhere;

	public ThreadBusyException(String threadId, String activeTurnId) {
		super("Thread " + threadId + " already runs turn " + (activeTurnId != null ? activeTurnId : "(starting)")
				+ "; only one turn at a time per thread. Wait for it, steer it, or use another thread.");
		this.threadId = threadId;
		this.activeTurnId = activeTurnId;
		this.startedElsewhere = false;
	}

	private ThreadBusyException(String message, String threadId, String activeTurnId) {
		super(message);
		this.threadId = threadId;
		this.activeTurnId = activeTurnId;
		this.startedElsewhere = true;
	}

	/** The server reports a turn on the thread that this client did not start; nothing was sent. */
	static ThreadBusyException startedElsewhere(String threadId, String activeTurnId) {
		return new ThreadBusyException("Thread " + threadId + " is running turn "
				+ ((activeTurnId != null) ? activeTurnId + " " : "") + "started elsewhere (another client of the "
				+ "app-server, such as another application instance); only one turn at a time per thread. Try again "
				+ "once it has ended.", threadId, activeTurnId);
	}

	/**
	 * The server answered {@code turn/start} with the id of a turn another client had started: it added this turn's
	 * input to that running turn instead of starting a new one.
	 */
	static ThreadBusyException merged(String threadId, String activeTurnId) {
		return new ThreadBusyException("Thread " + threadId + " was running turn " + activeTurnId + " started "
				+ "elsewhere (another client of the app-server, such as another application instance) when this turn "
				+ "was sent: the server added this turn's input to that turn instead of starting a new one. Its "
				+ "answer goes to the other client; try again once that turn has ended.", threadId, activeTurnId);
	}

	/** The busy thread. */
	public String threadId() {
		return this.threadId;
	}

	/** The running turn's id, or {@code null} if it is still starting or not known. */
	public String activeTurnId() {
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
