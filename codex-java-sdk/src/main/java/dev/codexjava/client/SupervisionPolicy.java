package dev.codexjava.client;

import java.time.Duration;
import java.util.Objects;

/**
 * What the client does when the app-server process exits unexpectedly (crash, {@code kill -9}, OOM kill): restart
 * it with exponential backoff ({@code initialDelay} × {@code multiplier}, at most {@code maxDelay}), log in again if
 * an API key is configured, and give up once {@code maxRestarts} restarts happened within {@code window}; the client
 * then stays down until {@link Codex#restart()} or {@link Codex#start()}. In-flight calls always fail at once with
 * {@link dev.codexjava.error.TransportClosedException}; threads resume themselves on their next turn.
 * The default restarts at most 5 times a minute from 200 ms up to 10 s; {@link #disabled()} never restarts.
 *
 * @param enabled whether to restart at all
 * @param maxRestarts restarts allowed within {@code window}
 * @param window the sliding window for {@code maxRestarts}
 * @param initialDelay delay before the first restart attempt
 * @param multiplier growth of the delay between consecutive failed attempts
 * @param maxDelay the largest delay
 */
public record SupervisionPolicy(boolean enabled, int maxRestarts, Duration window, Duration initialDelay,
		double multiplier, Duration maxDelay) {

	private static final SupervisionPolicy DEFAULTS = new SupervisionPolicy(true, 5, Duration.ofMinutes(1),
			Duration.ofMillis(200), 2.0, Duration.ofSeconds(10));

	private static final SupervisionPolicy DISABLED = new SupervisionPolicy(false, 0, Duration.ofMinutes(1),
			Duration.ZERO, 1.0, Duration.ZERO);

	public SupervisionPolicy {
		Objects.requireNonNull(window, "window");
		Objects.requireNonNull(initialDelay, "initialDelay");
		Objects.requireNonNull(maxDelay, "maxDelay");
		if (maxRestarts < 0) {
			throw new IllegalArgumentException("maxRestarts must not be negative, was " + maxRestarts);
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("window must be positive, was " + window);
		}
		if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
			throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
		}
		if (!(multiplier >= 1.0)) {
			throw new IllegalArgumentException("multiplier must be at least 1.0, was " + multiplier);
		}
	}

	/** Restart up to 5 times a minute, 200 ms to 10 s apart. */
	public static SupervisionPolicy defaults() {
		return DEFAULTS;
	}

	/** Never restart: an unexpected exit leaves the client down. */
	public static SupervisionPolicy disabled() {
		return DISABLED;
	}

	/** The delay before restart attempt {@code attempt} (1-based) of one outage. */
	Duration delayBefore(int attempt) {
		double nanos = this.initialDelay.toNanos() * Math.pow(this.multiplier, Math.max(0, attempt - 1));
		return Duration.ofNanos((long) Math.min(nanos, this.maxDelay.toNanos()));
	}

}
