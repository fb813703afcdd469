package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

/**
 * A call on a thread of a pool failed because the app-server that holds the thread is not up (crashed, restarting,
 * disconnected) and the thread cannot move to another server (the servers do not share thread storage, or no other
 * server is up). Names the
 * thread and the server; the call can be repeated once that server is up again.
 */
public class ServerUnavailableException extends TransportClosedException {

	private static final long serialVersionUID = 1L;

	private final String threadId;

	private final String serverName;

	private final @Nullable String problem;

	public ServerUnavailableException(String threadId, String serverName, @Nullable String problem) {
		super("Thread " + threadId + " lives on Codex app-server '" + serverName + "', which is not available"
				+ ((problem != null) ? " (" + problem + ")" : "")
				+ ", and no other server can take the thread over (the servers do not share thread storage, or "
				+ "none is up). Retry once '" + serverName + "' is up again.", null, null);
		this.threadId = threadId;
		this.serverName = serverName;
		this.problem = problem;
	}

	/** The thread the call was for. */
	public String threadId() {
		return this.threadId;
	}

	/** The name of the server that holds the thread. */
	public String serverName() {
		return this.serverName;
	}

	@Override
	public ServerUnavailableException copy() {
		ServerUnavailableException copy = new ServerUnavailableException(this.threadId, this.serverName,
				this.problem);
		copy.initCause(this);
		return copy;
	}

}
