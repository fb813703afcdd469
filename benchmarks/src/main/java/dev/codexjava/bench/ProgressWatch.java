package dev.codexjava.bench;

import java.util.function.LongSupplier;

/**
 * Tells whether a client process has made no progress for too long: its progress counter (the process's CPU ticks)
 * has not changed for {@code limitNanos}. A client that waits forever (the Python SDK's lost {@code turn/completed},
 * see benchmarks/README.md) uses no CPU at all, while a working one spends some in every turn and every delta.
 */
final class ProgressWatch {

	private final LongSupplier progress;

	private final LongSupplier clock;

	private final long limitNanos;

	private long last;

	private long lastChange;

	ProgressWatch(LongSupplier progress, LongSupplier clock, long limitNanos) {
		this.progress = progress;
		this.clock = clock;
		this.limitNanos = limitNanos;
		this.last = progress.getAsLong();
		this.lastChange = clock.getAsLong();
	}

	/** Reads the counter again; true once it has stayed the same for longer than the limit. */
	boolean stalled() {
		long now = this.clock.getAsLong();
		long value = this.progress.getAsLong();
		if (value != this.last) {
			this.last = value;
			this.lastChange = now;
			return false;
		}
		return now - this.lastChange > this.limitNanos;
	}

	/** How long the counter has stayed the same, in seconds. */
	double stillSeconds() {
		return (this.clock.getAsLong() - this.lastChange) / 1e9;
	}

}
