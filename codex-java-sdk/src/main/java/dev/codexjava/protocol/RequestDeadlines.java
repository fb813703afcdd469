package dev.codexjava.protocol;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;

/**
 * One connection's request timeouts behind a single timer task (an alarm). A request keeps its deadline itself and
 * asks for the alarm with {@link #arm}: when an alarm already rings at or before that deadline nothing is scheduled,
 * and an answered request cancels nothing. When the alarm rings, the connection fails the requests whose deadline has
 * passed and arms again for those still waiting. So a steady run of requests touches the timer about once per timeout
 * instead of twice per request, and the timer thread is not woken for each request (a new task at the head of an idle
 * timer's queue wakes it). Thread-safe.
 */
final class RequestDeadlines {

	private final ScheduledExecutorService scheduler;

	/** Called on the timer thread with {@link System#nanoTime()} when the alarm rings. */
	private final LongConsumer ring;

	private final Object lock = new Object();

	private @Nullable ScheduledFuture<?> alarm;

	/** When the alarm rings (nanoTime), while {@link #alarm} is set. */
	private long alarmAt;

	/** Which alarm is the current one: a cancelled one that runs anyway must not clear its successor. */
	private long generation;

	private boolean closed;

	RequestDeadlines(ScheduledExecutorService scheduler, LongConsumer ring) {
		this.scheduler = scheduler;
		this.ring = ring;
	}

	/** Makes sure the alarm rings at {@code deadline} (a {@link System#nanoTime()} value) or earlier. */
	void arm(long deadline) {
		synchronized (this.lock) {
			if (this.closed || (this.alarm != null && this.alarmAt - deadline <= 0)) {
				return;
			}
			if (this.alarm != null) {
				this.alarm.cancel(false);
			}
			long current = ++this.generation;
			this.alarmAt = deadline;
			this.alarm = this.scheduler.schedule(() -> ring(current), Math.max(0, deadline - System.nanoTime()),
					TimeUnit.NANOSECONDS);
		}
	}

	/** Cancels the alarm and arms no more (the connection is closed: nothing waits for an answer). */
	void close() {
		synchronized (this.lock) {
			this.closed = true;
			if (this.alarm != null) {
				this.alarm.cancel(false);
				this.alarm = null;
			}
		}
	}

	/** Whether an alarm is set (for tests). */
	boolean armed() {
		synchronized (this.lock) {
			return this.alarm != null;
		}
	}

	private void ring(long which) {
		synchronized (this.lock) {
			if (which != this.generation || this.alarm == null) {
				return; // cancelled, or replaced by an earlier one, after it was due
			}
			// cleared before the requests are looked at: one that arms meanwhile sets a new alarm, and one that armed
			// before (finding this alarm set) is seen by the look below
			this.alarm = null;
		}
		this.ring.accept(System.nanoTime());
	}

}
