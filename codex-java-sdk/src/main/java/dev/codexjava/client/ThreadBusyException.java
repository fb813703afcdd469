package dev.codexjava.client;

/**
 * A turn was started on a thread that is already running one. The app-server would merge the two into one turn, so
 * the SDK refuses the second one instead: wait for the running turn ({@link TurnHandle#run()}), steer it
 * ({@link TurnHandle#steer}), or use another thread.
 * @deprecated catch {@link dev.codexjava.error.ThreadBusyException} (every exception lives in
 * {@code dev.codexjava.error}); the SDK still throws this subclass, so code catching either type keeps working
 */
@Deprecated
public class ThreadBusyException extends dev.codexjava.error.ThreadBusyException {

	private static final long serialVersionUID = 1L;

	public ThreadBusyException(String threadId, String activeTurnId) {
		super(threadId, activeTurnId);
	}

	private ThreadBusyException(String message, String threadId, String activeTurnId) {
		super(message, threadId, activeTurnId, true);
	}

	/** The server reports a turn on the thread that this client did not start; nothing was sent. */
	static ThreadBusyException startedElsewhere(String threadId, String activeTurnId) {
		return new ThreadBusyException("Thread " + threadId + " is running turn "
				+ ((activeTurnId != null) ? activeTurnId + " " : "") + "started elsewhere (another client of the "
				+ "app-server, such as another application instance, or a turn/start of this client that timed out "
				+ "after the server had started the turn); only one turn at a time per thread. Try again once it has "
				+ "ended.", threadId, activeTurnId);
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

}
