package dev.codexjava.transport;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The reader and writer threads of the transports: created as daemons (a transport never keeps the JVM alive), and
 * joined on close for a bounded time without letting an interrupt escape (the interrupt flag is restored).
 */
final class TransportThreads {

	private TransportThreads() {
	}

	/** A daemon thread, not yet started. */
	static Thread daemon(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.setDaemon(true);
		return thread;
	}

	/**
	 * Waits up to {@code timeout} (at least a millisecond) for {@code thread} to end; returns at once for {@code null}
	 * (never started) or the calling thread itself (a transport closed from its own reader).
	 */
	static void joinQuietly(@Nullable Thread thread, Duration timeout) {
		if (thread == null || thread == Thread.currentThread()) {
			return;
		}
		try {
			thread.join(Math.max(1, timeout.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
