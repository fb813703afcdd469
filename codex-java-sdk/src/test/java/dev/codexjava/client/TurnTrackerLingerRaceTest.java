package dev.codexjava.client;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adversarial mix for the consumer's linger: bursts of deltas and droppable {@code Other} events (held wake-ups
 * ended by {@link TurnTracker#wakeUp()} as the router does), events that are never dropped, a small buffer that drops,
 * a consumer that is sometimes slow, pauses shorter and longer than the linger, and an end by completion or by
 * failure from another thread, and a stream that pauses after a delta (which must still come at once). Every event
 * carries its sequence number and the time it was queued; the consumer checks that kept events come in order, that
 * every gap is announced by an {@code EventsDropped} of exactly its size before the next kept event, that no event
 * waited anywhere near the one-second safety timeout of the consumer's wait, and that the end (or the failure, after
 * the buffered events) comes promptly.
 */
class TurnTrackerLingerRaceTest {

	/** Far below the consumer's one-second safety timeout, far above the linger and a loaded machine's jitter. */
	private static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4 })
	void mixedEventsDropsSlowConsumerAndTheEndNeverLoseReorderOrStall(int seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed);
		boolean failAtEnd = (seed % 2) == 0;
		int capacity = (seed <= 2) ? 16 : 4096;
		TurnTracker tracker = new TurnTracker("t1", capacity, true, (t) -> {
		});
		tracker.bind("u1");
		AtomicReference<CompletableFuture<Long>> reached = new AtomicReference<>(new CompletableFuture<>());
		AtomicLong checkpoint = new AtomicLong(Long.MAX_VALUE);
		CompletableFuture<Result> consumed = consume(tracker, new SplittableRandom(seed * 31L), checkpoint, reached);
		int events = 40_000;
		long seq = 0;
		try {
			while (seq < events) {
				if (capacity == 4096 && random.nextInt(300) == 0) {
					// the stream pauses after a delta, far longer than the linger: that delta still comes at once
					CompletableFuture<Long> seen = new CompletableFuture<>();
					reached.set(seen);
					seq++;
					long queued = System.nanoTime();
					checkpoint.set(seq);
					if (tracker.acceptDelta("item/agentMessage/delta", "msg-1", seq + ":" + queued, true)) {
						tracker.wakeUp();
					}
					assertThat(seen.get(30, TimeUnit.SECONDS) - queued).as("the delta before a pause waited (ns)")
						.isLessThan(LATE_NANOS);
				}
				int burst = 1 + random.nextInt(60);
				boolean owed = false;
				for (int i = 0; i < burst; i++) {
					seq++;
					int kind = random.nextInt(100);
					String stamp = seq + ":" + System.nanoTime();
					if (kind < 90) {
						owed |= tracker.acceptDelta("item/agentMessage/delta", "msg-1", stamp, true);
					}
					else if (kind < 98) {
						owed |= tracker.accept("turn/diff/updated", Json.parse("{\"threadId\":\"t1\",\"turnId\":\"u1\","
								+ "\"diff\":\"" + stamp + "\"}"), true);
					}
					else {
						// never dropped: its stamp in the usage counts
						owed |= tracker.accept("thread/tokenUsage/updated", Json.parse("{\"threadId\":\"t1\","
								+ "\"turnId\":\"u1\",\"tokenUsage\":{\"last\":{\"totalTokens\":" + seq
								+ ",\"inputTokens\":" + System.nanoTime() + "},\"total\":{\"totalTokens\":1}}}"), true);
					}
				}
				if (owed) {
					tracker.wakeUp();
				}
				pause(random);
			}
			long endQueued = System.nanoTime();
			if (failAtEnd) {
				Thread failer = new Thread(() -> tracker.fail(new TransportClosedException("gone", 0, List.of())));
				failer.start();
				failer.join();
			}
			else {
				tracker.accept("turn/completed", Json.parse(
						"{\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\",\"status\":\"completed\",\"error\":null}}"),
						true);
			}
			Result r = consumed.get(60, TimeUnit.SECONDS);
			// drops after the last kept event are announced before the end, a failure as well as Completed
			assertThat(r.kept + r.dropped).as("kept and announced as dropped").isEqualTo(seq);
			assertThat(r.longestWait).as("longest an event waited in the queue (ns)").isLessThan(LATE_NANOS);
			assertThat(r.endSeen - endQueued).as("the end reached the consumer after (ns)").isLessThan(LATE_NANOS);
			assertThat(r.failed).as("ended by the failure").isEqualTo(failAtEnd);
			if (capacity == 4096) {
				assertThat(r.dropped).as("a consumer that keeps up loses nothing").isZero();
			}
		}
		finally {
			tracker.fail(new TransportClosedException("test over", 0, List.of()));
		}
	}

	@Test
	void halfTheBufferQueuedWhileTheConsumerLingersWakesItAtOnceInTheMiddleOfABurst() throws Exception {
		// 64 events: the consumer lingers until 32 wait (architecture.md: "256 waiting deltas still wake it")
		TurnTracker tracker = new TurnTracker("t1", 64, true, (t) -> {
		});
		tracker.bind("u1");
		Thread consumer = new Thread(() -> {
			try {
				while (tracker.next() != null) {
					// takes whatever comes
				}
			}
			catch (RuntimeException ex) {
				// the end of the test
			}
		}, "test-consumer");
		consumer.setDaemon(true);
		consumer.start();
		long[] signals = new long[2];
		int[] queued = new int[1];
		try {
			boolean caught = whenLingering(tracker, () -> {
					// the consumer lingers throughout: a long burst of the reader's, not ended yet
					signals[0] = tracker.signals();
					for (int i = 0; i < 32; i++) {
						tracker.acceptDelta("item/agentMessage/delta", "msg-1", "y", true);
					}
					signals[1] = tracker.signals();
					queued[0] = tracker.bufferedEvents();
				}) >= 0;
			assertThat(caught).as("the consumer was seen lingering").isTrue();
			assertThat(queued[0]).as("deltas waiting").isGreaterThanOrEqualTo(32);
			assertThat(signals[1] - signals[0]).as("wake-ups once half the buffer waited, mid-burst").isPositive();
		}
		finally {
			tracker.fail(new TransportClosedException("test over", 0, List.of()));
			consumer.join(TimeUnit.SECONDS.toMillis(10));
		}
	}

	@Test
	void anInterruptWhileTheConsumerLingersLosesNoDeltaAndTheStreamGoesOn() throws Exception {
		TurnTracker tracker = new TurnTracker("t1", 4096, true, (t) -> {
		});
		tracker.bind("u1");
		List<String> deltas = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> interruptSeen = new CompletableFuture<>();
		CompletableFuture<Long> afterSeen = new CompletableFuture<>();
		Thread consumer = new Thread(() -> {
			while (true) {
				try {
					TurnEvent event = tracker.next();
					if (event == null) {
						return;
					}
					String delta = ((TurnEvent.AgentMessageDelta) event).delta();
					deltas.add(delta);
					if (delta.equals("after")) {
						afterSeen.complete(System.nanoTime());
					}
				}
				catch (dev.codexjava.error.CodexException ex) {
					if (ex.getCause() instanceof InterruptedException && Thread.interrupted()) {
						interruptSeen.complete(null);
					}
					else {
						return;
					}
				}
			}
		}, "test-consumer");
		consumer.setDaemon(true);
		consumer.start();
		try {
			int flowing = whenLingering(tracker, () -> {
				consumer.interrupt();
				tracker.acceptDelta("item/agentMessage/delta", "msg-1", "i1", true);
				tracker.acceptDelta("item/agentMessage/delta", "msg-1", "i2", true);
			});
			assertThat(flowing).as("the consumer was seen lingering").isNotNegative();
			interruptSeen.get(30, TimeUnit.SECONDS);
			// the stream pauses far longer than the linger, then its next delta must still come at once
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
			long queued = System.nanoTime();
			if (tracker.acceptDelta("item/agentMessage/delta", "msg-1", "after", true)) {
				tracker.wakeUp();
			}
			assertThat(afterSeen.get(30, TimeUnit.SECONDS) - queued).as("the delta after the pause waited (ns)")
				.isLessThan(LATE_NANOS);
			List<String> expected = new ArrayList<>();
			for (int i = 0; i < flowing; i++) {
				expected.add("p" + i);
			}
			expected.addAll(List.of("i1", "i2", "after"));
			assertThat(deltas).as("every delta, in order, across the interrupt").containsExactlyElementsOf(expected);
		}
		finally {
			tracker.fail(new TransportClosedException("test over", 0, List.of()));
			consumer.join(TimeUnit.SECONDS.toMillis(10));
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void theEndWhileTheConsumerLingersComesAtOnceAfterTheDeltasQueuedDuringTheLinger(boolean failed)
			throws Exception {
		TurnTracker tracker = new TurnTracker("t1", 4096, true, (t) -> {
		});
		tracker.bind("u1");
		List<String> deltas = new CopyOnWriteArrayList<>();
		CompletableFuture<Object> end = new CompletableFuture<>();
		Thread consumer = new Thread(() -> {
			try {
				while (true) {
					TurnEvent event = tracker.next();
					if (event instanceof TurnEvent.AgentMessageDelta delta) {
						deltas.add(delta.delta());
					}
					else if (event instanceof TurnEvent.Completed) {
						if (tracker.next() == null) {
							end.complete(System.nanoTime());
						}
						return;
					}
					else {
						end.complete(event);
						return;
					}
				}
			}
			catch (RuntimeException ex) {
				end.complete(new Object[] { ex, System.nanoTime() });
			}
		}, "test-consumer");
		consumer.setDaemon(true);
		consumer.start();
		try {
			long[] ended = new long[1];
			int flowing = whenLingering(tracker, () -> {
					// held deltas of a burst whose last line ends the turn
					tracker.acceptDelta("item/agentMessage/delta", "msg-1", "last1", true);
					tracker.acceptDelta("item/agentMessage/delta", "msg-1", "last2", true);
					ended[0] = System.nanoTime();
					if (failed) {
						tracker.fail(new TransportClosedException("gone", 0, List.of()));
					}
					else {
						tracker.accept("turn/completed", Json.parse("{\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\","
								+ "\"status\":\"completed\",\"error\":null}}"), true);
					}
				});
			assertThat(flowing).as("the consumer was seen lingering").isNotNegative();
			Object result = end.get(30, TimeUnit.SECONDS);
			if (failed) {
				assertThat(((Object[]) result)[0]).isInstanceOf(TransportClosedException.class);
				assertThat((Long) ((Object[]) result)[1] - ended[0]).as("the failure came after (ns)")
					.isLessThan(LATE_NANOS);
			}
			else {
				assertThat(result).isInstanceOf(Long.class);
				assertThat((Long) result - ended[0]).as("the end came after (ns)").isLessThan(LATE_NANOS);
			}
			assertThat(deltas).as("the deltas queued during the linger, before the end").endsWith("last1", "last2")
				.hasSize(flowing + 2);
		}
		finally {
			tracker.fail(new TransportClosedException("test over", 0, List.of()));
			consumer.join(TimeUnit.SECONDS.toMillis(10));
		}
	}

	/**
	 * Lets deltas {@code p0, p1, ...} flow, one every 100 µs, each in a burst of its own, until the consumer is seen
	 * lingering; then runs {@code action} while it lingers (see {@link TurnTracker#whileLingering}).
	 * @return how many deltas flowed, or -1 if the consumer was not seen lingering within 30 s
	 */
	private static int whenLingering(TurnTracker tracker, Runnable action) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		int sent = 0;
		while (System.nanoTime() < deadline) {
			if (tracker.acceptDelta("item/agentMessage/delta", "msg-1", "p" + sent++, true)) {
				tracker.wakeUp();
			}
			long next = System.nanoTime() + 100_000;
			while (System.nanoTime() < next) {
				if (tracker.whileLingering(action)) {
					return sent;
				}
				Thread.onSpinWait();
			}
		}
		return -1;
	}

	private static void pause(SplittableRandom random) {
		switch (random.nextInt(5)) {
			case 0 -> {
				// none: the next burst follows at once
			}
			case 1 -> Thread.onSpinWait();
			case 2 -> LockSupport.parkNanos(random.nextLong(1_000, 3_000_000));
			case 3 -> spin(random.nextLong(900_000, 1_100_000)); // about the linger itself
			default -> spin(random.nextLong(1_000, 60_000));
		}
	}

	private static void spin(long nanos) {
		long until = System.nanoTime() + nanos;
		while (System.nanoTime() < until) {
			Thread.onSpinWait();
		}
	}

	private record Result(long kept, long dropped, long longestWait, long endSeen, boolean failed) {
	}

	private static CompletableFuture<Result> consume(TurnTracker tracker, SplittableRandom random,
			AtomicLong checkpoint, AtomicReference<CompletableFuture<Long>> reached) {
		CompletableFuture<Result> consumed = new CompletableFuture<>();
		Thread consumer = new Thread(() -> {
			long kept = 0;
			long dropped = 0;
			long announced = 0;
			long previous = 0;
			long longest = 0;
			try {
				while (true) {
					TurnEvent event;
					try {
						event = tracker.next();
					}
					catch (TransportClosedException ex) {
						// drops announced just before it are the last events' (the total is checked by the test)
						consumed.complete(new Result(kept, dropped, longest, System.nanoTime(), true));
						return;
					}
					long now = System.nanoTime();
					if (event == null) {
						throw new AssertionError("the stream ended without Completed");
					}
					if (event instanceof TurnEvent.EventsDropped drops) {
						announced += drops.droppedDeltas() + drops.droppedOther();
						dropped += drops.droppedDeltas() + drops.droppedOther();
						continue;
					}
					if (event instanceof TurnEvent.Completed) {
						// drops announced just before it are the last events' (the total is checked by the test)
						if (tracker.next() != null) {
							throw new AssertionError("an event after Completed");
						}
						consumed.complete(new Result(kept, dropped, longest, now, false));
						return;
					}
					long seq;
					long queued;
					if (event instanceof TurnEvent.AgentMessageDelta delta) {
						String[] stamp = delta.delta().split(":");
						seq = Long.parseLong(stamp[0]);
						queued = Long.parseLong(stamp[1]);
					}
					else if (event instanceof TurnEvent.Other other) {
						String[] stamp = Json.text(other.params(), "diff").split(":");
						seq = Long.parseLong(stamp[0]);
						queued = Long.parseLong(stamp[1]);
					}
					else if (event instanceof TurnEvent.TokenUsage usage) {
						seq = usage.last().totalTokens();
						queued = usage.last().inputTokens();
					}
					else {
						throw new AssertionError("unexpected event: " + event);
					}
					if (seq - previous - 1 != announced) {
						throw new AssertionError("after " + previous + " came " + seq + " with " + announced
								+ " announced as dropped");
					}
					announced = 0;
					previous = seq;
					kept++;
					if (seq >= checkpoint.get()) {
						reached.get().complete(now);
					}
					longest = Math.max(longest, now - queued);
					if (random.nextInt(2000) == 0) {
						spin(random.nextLong(100_000, 2_000_000)); // a consumer that falls behind now and then
					}
				}
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
