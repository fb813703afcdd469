package dev.codexjava.client;

import dev.codexjava.error.TransportClosedException;

/**
 * What a {@link ClientCore} tells when its process exits while the client did not ask for it, in two steps around
 * failing the calls and turns that waited on the process: {@link #crashing()} before (so that a caller who sees the
 * failure and calls again finds the restart already in progress and waits for it, instead of failing on the dead
 * process), {@link #crashed} after (so that a slow listener never delays those failures).
 */
interface CrashHandler {

	/** Nobody to tell. */
	CrashHandler NONE = new CrashHandler() {
		@Override
		public void crashed(TransportClosedException reason) {
		}
	};

	/** The process is gone; the calls waiting on it are about to fail. Quick, runs no user code. */
	default void crashing() {
	}

	/** The calls waiting on the process have failed and the listeners were told that it exited. */
	void crashed(TransportClosedException reason);

}
