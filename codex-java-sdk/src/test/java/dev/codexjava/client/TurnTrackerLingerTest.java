package dev.codexjava.client;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While deltas flow faster than {@link TurnTracker#LINGER_NANOS}, a stream consumer looks for them itself every
 * {@code LINGER_NANOS} instead of being woken for each one; the promises attacked here: every event still arrives, in
 * order, none is dropped while the consumer keeps up, none waits for the one-second safety timeout of the consumer's
 * wait (a lost wake-up), a paused stream's next delta wakes the consumer at once, and fast deltas cost far fewer
 * wake-ups than deltas.
 */
class TurnTrackerLingerTest {

	/** Far below the consumer's one-second safety timeout, far above the linger and a loaded machine's jitter. */
	private static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

	@Test
	void burstsAndPausesOfEveryLengthLoseNothingAndNeverWaitForTheSafetyTimeout() throws Exception {
		TurnTracker tracker = new TurnTracker("t1", 1 << 20, true, (t) -> {
		});
		tracker.bind("u1");
		int count = 60_000;
		CompletableFuture<long[]> consumed = consume(tracker, count);
		SplittableRandom random = new SplittableRandom(12);
		try {
			int sent = 0;
			while (sent < count) {
				// a burst of 1-40 lines, as the reader finds them in its buffer, then its end
				int burst = Math.min(count - sent, 1 + random.nextInt(40));
				boolean owed = false;
				for (int i = 0; i < burst; i++) {
					owed |= tracker.acceptDelta("item/agentMessage/delta", "msg-1",
							Long.toString(System.nanoTime()), true);
				}
				sent += burst;
				if (owed) {
					tracker.wakeUp();
				}
				if (random.nextInt(500) == 0) {
					tracker.accept("thread/tokenUsage/updated", Json.parse("{\"threadId\":\"t1\",\"turnId\":\"u1\","
							+ "\"tokenUsage\":{\"last\":{\"totalTokens\":1},\"total\":{\"totalTokens\":1}}}"), true);
				}
				pause(random);
			}
			long[] seen = consumed.get(60, TimeUnit.SECONDS);
			assertThat(seen[0]).as("deltas received in order, none dropped").isEqualTo(count);
			assertThat(seen[1]).as("longest a delta waited in the queue (ns)").isLessThan(LATE_NANOS);
		}
		finally {
			tracker.fail(new TransportClosedException("test over", 0, List.of()));
		}
	}

	@Test
	void fastDeltasCostFarFewerWakeUpsThanDeltasAndAPausedStreamsNextDeltaWakesTheConsumerAtOnce()
			throws Exception {
		TurnTracker tracker = new TurnTracker("t1", 1 << 20, true, (t) -> {
		});
		tracker.bind("u1");
		int count = 20_000;
		CompletableFuture<long[]> consumed = consume(tracker, count + 1);
		try {
			for (int i = 0; i < count; i++) {
				// one line per burst, 20 µs apart: the reader finds each line alone, as it does with a streaming model
				if (tracker.acceptDelta("item/agentMessage/delta", "msg-1", Long.toString(System.nanoTime()), true)) {
					tracker.wakeUp();
				}
				long until = System.nanoTime() + 20_000;
				while (System.nanoTime() < until) {
					Thread.onSpinWait();
				}
			}
			long signals = tracker.signals();
			assertThat(signals).as("wake-ups for %d deltas one per burst", count).isLessThan(count / 4);

			// the stream pauses far longer than the linger; the consumer then waits to be woken, and is, at once
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
			if (tracker.acceptDelta("item/agentMessage/delta", "msg-1", Long.toString(System.nanoTime()), true)) {
				tracker.wakeUp();
			}
			long[] seen = consumed.get(30, TimeUnit.SECONDS);
			assertThat(seen[0]).isEqualTo(count + 1);
			assertThat(seen[2]).as("the delta after the pause waited (ns)").isLessThan(LATE_NANOS);
			assertThat(tracker.partialText("msg-1")).hasSizeGreaterThan(count);
		}
		finally {
			tracker.fail(new TransportClosedException("test over", 0, List.of()));
		}
	}

	private static void pause(SplittableRandom random) {
		switch (random.nextInt(4)) {
			case 0 -> {
				// none: the next burst follows at once
			}
			case 1 -> Thread.onSpinWait();
			case 2 -> LockSupport.parkNanos(random.nextLong(1_000, 3_000_000));
			default -> {
				long until = System.nanoTime() + random.nextLong(1_000, 60_000);
				while (System.nanoTime() < until) {
					Thread.onSpinWait();
				}
			}
		}
	}

	/**
	 * Takes {@code count} deltas (and any other events) on a thread of its own: the deltas in order, the longest time
	 * one waited between its queueing and its taking, and that time for the last one.
	 */
	private static CompletableFuture<long[]> consume(TurnTracker tracker, int count) {
		CompletableFuture<long[]> consumed = new CompletableFuture<>();
		Thread consumer = new Thread(() -> {
			try {
				long deltas = 0;
				long longest = 0;
				long last = 0;
				long previous = Long.MIN_VALUE;
				List<TurnEvent> unexpected = new ArrayList<>();
				while (deltas < count) {
					TurnEvent event = tracker.next();
					if (event instanceof TurnEvent.AgentMessageDelta delta) {
						long queued = Long.parseLong(delta.delta());
						if (queued < previous) {
							throw new AssertionError("out of order: " + queued + " after " + previous);
						}
						previous = queued;
						last = System.nanoTime() - queued;
						longest = Math.max(longest, last);
						deltas++;
					}
					else if (!(event instanceof TurnEvent.TokenUsage)) {
						unexpected.add(event);
						throw new AssertionError("unexpected event: " + unexpected);
					}
				}
				consumed.complete(new long[] { deltas, longest, last });
			}
			catch (RuntimeException | AssertionError ex) {
				consumed.completeExceptionally(ex);
			}
		}, "test-consumer");
		consumer.setDaemon(true);
		consumer.start();
		return consumed;
	}

}
