package dev.codexjava.client;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What a {@link Supervisor} restarts and reports to: the {@link ServerConnection} that owns the app-server. The
 * supervisor depends on this, not on its owner, so the dependency runs one way (the connection owns its supervisor).
 */
interface SupervisedClient {

	/** The client's configuration. */
	CodexConfig config();

	/**
	 * Starts a new process (or connection) only if {@code stillWanted} holds under the client's lifecycle lock.
	 * @return the new connection, or {@code null} when the restart is no longer wanted
	 */
	ClientCore restartAfterCrash(BooleanSupplier stillWanted);

	/** Tells the listeners that a restart is scheduled. */
	void notifyRestartScheduled(int attempt, Duration delay, Throwable reason);

	/** Tells the listeners that supervision gave up. */
	void notifyGaveUp(String reason);

}
