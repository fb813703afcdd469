package dev.codexjava.protocol;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
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

	private @Nullable Future<?> alarm;

	/** When the alarm rings (nanoTime), while {@link #alarm} is set. */
	private long alarmAt;

	/** Which alarm is the current one: a cancelled one that runs anyway must not clear its successor. */
	private long generation;

	private boolean closed;

	RequestDeadlines(ScheduledExecutorService scheduler, LongConsumer ring) {
		this.scheduler = scheduler;
		this.ring = ring;
	}

	/**
	 * Makes sure the alarm rings at {@code deadline} (a {@link System#nanoTime()} value) or earlier.
	 * @throws RejectedExecutionException when the scheduler refuses the alarm (the alarm already set stays set)
	 */
	void arm(long deadline) {
		arm(deadline, false);
	}

	/**
	 * {@link #arm} from the ringing alarm, for the requests still waiting: when the scheduler refuses (it is shut
	 * down: it still runs the tasks it holds but takes no new one) the alarm is set on the JDK's delay timer instead,
	 * so that those requests time out as they did when each had its own task on the scheduler.
	 */
	void rearm(long deadline) {
		arm(deadline, true);
	}

	private void arm(long deadline, boolean fallBack) {
		synchronized (this.lock) {
			if (this.closed || (this.alarm != null && this.alarmAt - deadline <= 0)) {
				return;
			}
			// scheduled first: a refusal leaves the alarm as it was (nothing cancelled, no deadline promised)
			long current = this.generation + 1;
			Runnable task = () -> ring(current);
			long delay = Math.max(0, deadline - System.nanoTime());
			Future<?> next;
			try {
				next = this.scheduler.schedule(task, delay, TimeUnit.NANOSECONDS);
			}
			catch (RejectedExecutionException ex) {
				if (!fallBack) {
					throw ex;
				}
				next = CompletableFuture.runAsync(task, CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS));
			}
			if (this.alarm != null) {
				this.alarm.cancel(false);
			}
			this.generation = current;
			this.alarmAt = deadline;
			this.alarm = next;
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
