package dev.codexjava.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stream consumer that has seen a turn end must be able to start the next turn on the same thread at once: the
 * tracker releases the thread before the end becomes visible in the stream (found by the fault-injection suite,
 * where {@code thread.run(...)} right after a stream ended failed with {@link ThreadBusyException}).
 */
class TurnTrackerTest {

	@Test
	void theThreadIsReleasedBeforeTheStreamShowsCompletion() {
		List<Integer> visibleWhenReleased = new ArrayList<>();
		TurnTracker tracker = new TurnTracker("t1", 16, true, (t) -> visibleWhenReleased.add(t.bufferedEvents()));
		tracker.bind("u1");

		tracker.accept("turn/completed", Json.parse(
				"{\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\",\"status\":\"completed\",\"error\":null}}"));

		assertThat(visibleWhenReleased).containsExactly(0);
		assertThat(tracker.next()).isInstanceOf(TurnEvent.Completed.class);
	}

	@Test
	void aDeltaWithoutAStringItemIdOrDeltaIsOtherNotATypedDeltaWithNulls() {
		TurnTracker tracker = new TurnTracker("t1", 16, true, (t) -> {
		});
		tracker.bind("u1");
		String[] methods = { "item/agentMessage/delta", "item/reasoning/summaryTextDelta", "item/reasoning/textDelta",
				"item/commandExecution/outputDelta" };
		String of = "{\"threadId\":\"t1\",\"turnId\":\"u1\",";
		for (String method : methods) {
			tracker.accept(method, Json.parse(of + "\"itemId\":\"i\",\"delta\":7}"), false);
			tracker.accept(method, Json.parse(of + "\"delta\":\"x\"}"), false);
			tracker.accept(method, Json.parse(of + "\"itemId\":\"i\",\"delta\":\"ok\"}"), false);
		}
		List<TurnEvent> events = new ArrayList<>();
		for (int i = 0; i < 3 * methods.length; i++) {
			events.add(tracker.next());
		}
		assertThat(events).filteredOn(TurnEvent.Other.class::isInstance).hasSize(2 * methods.length);
		assertThat(events).filteredOn((e) -> !(e instanceof TurnEvent.Other))
			.containsExactly(new TurnEvent.AgentMessageDelta("i", "ok"),
					new TurnEvent.ReasoningDelta("i", "summary", "ok"), new TurnEvent.ReasoningDelta("i", "text", "ok"),
					new TurnEvent.CommandOutputDelta("i", "ok"));
	}

	@Test
	void partialTextIsEachItemsOwnWhateverTheOrderOfItsDeltas() {
		TurnTracker tracker = new TurnTracker("t1", 2, true, (t) -> {
		});
		tracker.bind("u1");
		String started = "{\"threadId\":\"t1\",\"turnId\":\"u1\","
				+ "\"item\":{\"type\":\"agentMessage\",\"id\":\"%s\",\"text\":\"\"}}";
		tracker.accept("item/started", Json.parse(started.formatted("a")), false);
		tracker.accept("item/started", Json.parse(started.formatted("b")), false);
		// interleaved, past a full buffer (the deltas are dropped from the stream, not from the partial text)
		for (String id : List.of("a", "b", "a", "a", "b")) {
			tracker.acceptDelta("item/agentMessage/delta", id, id, false);
		}
		// a message whose item/started never came, then a reasoning delta in between
		tracker.acceptDelta("item/agentMessage/delta", "c", "c1", false);
		tracker.acceptDelta("item/reasoning/textDelta", "a", "not text", false);
		tracker.acceptDelta("item/agentMessage/delta", "c", "c2", false);
		assertThat(tracker.partialText("a")).isEqualTo("aaa");
		assertThat(tracker.partialText("b")).isEqualTo("bb");
		assertThat(tracker.partialText("c")).isEqualTo("c1c2");
		// item/started again for the last one appended to (a restart): it starts over, and its deltas are its own
		tracker.accept("item/started", Json.parse(started.formatted("c")), false);
		assertThat(tracker.partialText("c")).isEmpty();
		tracker.acceptDelta("item/agentMessage/delta", "c", "again", false);
		assertThat(tracker.partialText("c")).isEqualTo("again");
		assertThat(tracker.partialText("a")).isEqualTo("aaa");
		assertThat(tracker.partialText("nobody")).isNull();
	}

	@Test
	void theThreadIsReleasedBeforeTheStreamShowsAFailure() {
		List<Boolean> endVisibleWhenReleased = new ArrayList<>();
		TurnTracker[] self = new TurnTracker[1];
		TurnTracker tracker = new TurnTracker("t1", 16, true, (t) -> {
			// a consumer blocked in next() would return (throw) at once if the end were already published
			endVisibleWhenReleased.add(self[0].isEnded());
		});
		self[0] = tracker;
		tracker.bind("u1");

		tracker.fail(new TransportClosedException("gone", 1, List.of()));

		assertThat(endVisibleWhenReleased).containsExactly(false);
		assertThat(tracker.isEnded()).isTrue();
	}

	@Test
	void deltasOfABurstWakeTheStreamConsumerOnceAtTheBurstsEnd() throws Exception {
		NotificationRouter router = new NotificationRouter(List.of());
		TurnTracker tracker = new TurnTracker("t1", 1000, true, (t) -> {
		});
		router.beginStart(tracker);
		router.bind(tracker, "u1");
		CompletableFuture<List<TurnEvent>> consumed = consume(tracker, 3);
		try {
			burstOfThree(router, tracker, consumed);
		}
		finally {
			tracker.fail(new TransportClosedException("test over", 0, List.of()));
		}
	}

	private static void burstOfThree(NotificationRouter router, TurnTracker tracker,
			CompletableFuture<List<TurnEvent>> consumed) throws Exception {
		for (int i = 0; i < 3; i++) {
			router.onNotification("item/agentMessage/delta", delta(i));
		}

		// queued, so a consumer that is not parked takes them at once, but nobody was woken for each
		assertThat(tracker.signals()).isZero();
		router.onBurstEnd();
		assertThat(tracker.signals()).isEqualTo(1);
		router.onBurstEnd();
		assertThat(tracker.signals()).as("nothing owed any more").isEqualTo(1);
		assertThat(consumed.get(10, TimeUnit.SECONDS)).extracting((e) -> ((TurnEvent.AgentMessageDelta) e).delta())
			.containsExactly("d0", "d1", "d2");
		assertThat(tracker.partialText("msg-1")).isEqualTo("d0d1d2");
	}

	/**
	 * The wake-ups are counted with no consumer running meanwhile: a consumer that takes events as fast as they come
	 * lingers (looks by itself every {@code LINGER_NANOS}) and is then not woken at all, by design, so with one
	 * running the count depended on its timing (it failed in CI once a consumer lingered before the last delta).
	 */
	@Test
	void aLongBurstStillWakesTheConsumerEveryFewDeltasAndOtherEventsWakeItAtOnce() throws Exception {
		TurnTracker tracker = new TurnTracker("t1", 1000, true, (t) -> {
		});
		tracker.bind("u1");
		try {
			longBurst(tracker);
			List<TurnEvent> events = consume(tracker, TurnTracker.MAX_UNSIGNALLED + 4).get(10, TimeUnit.SECONDS);
			assertThat(events).hasSize(TurnTracker.MAX_UNSIGNALLED + 4);
			assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TurnEvent.AgentMessageDelta.class,
					(d) -> assertThat(d.delta()).isEqualTo("d101"));
		}
		finally {
			tracker.fail(new TransportClosedException("test over", 0, List.of()));
		}
	}

	private static void longBurst(TurnTracker tracker) {
		for (int i = 0; i < TurnTracker.MAX_UNSIGNALLED; i++) {
			assertThat(tracker.accept("item/agentMessage/delta", delta(i), true)).isEqualTo(i == 0);
		}
		assertThat(tracker.signals()).isZero();
		tracker.accept("item/agentMessage/delta", delta(99), true);
		assertThat(tracker.signals()).isEqualTo(1);
		tracker.accept("item/agentMessage/delta", delta(100), true);
		tracker.accept("item/completed", Json.parse("{\"threadId\":\"t1\",\"turnId\":\"u1\",\"item\":"
				+ "{\"type\":\"agentMessage\",\"id\":\"msg-1\",\"text\":\"x\"}}"), true);
		assertThat(tracker.signals()).as("an item is not held back").isEqualTo(2);
		tracker.accept("item/agentMessage/delta", delta(101), false);
		assertThat(tracker.signals()).as("nor a delta outside a burst").isEqualTo(3);
	}

	/**
	 * The stdio reader's paced reads hand over about 30 lines at a time (a millisecond of a 30,000 lines/s stream):
	 * a small buffer must not wait for the burst's end to wake its consumer, or it is full and drops deltas a
	 * consumer that keeps up would have taken.
	 */
	@Test
	void aBurstWakesTheConsumerOfASmallBufferOnceHalfOfItWaits() {
		TurnTracker tracker = new TurnTracker("t1", 16, true, (t) -> {
		});
		tracker.bind("u1");
		for (int i = 0; i < 7; i++) {
			tracker.accept("item/agentMessage/delta", delta(i), true);
		}
		assertThat(tracker.signals()).isZero();
		tracker.accept("item/agentMessage/delta", delta(7), true);
		assertThat(tracker.signals()).as("woken with half the buffer waiting, before it fills").isEqualTo(1);
		tracker.fail(new TransportClosedException("test over", 0, List.of()));
	}

	@Test
	void whatTheFullBufferDroppedIsAnnouncedBeforeTheFailureThatEndsTheStream() {
		TurnTracker tracker = new TurnTracker("t1", 16, true, (t) -> {
		});
		tracker.bind("u1");
		for (int i = 0; i < 20; i++) {
			tracker.accept("item/agentMessage/delta", delta(i), false);
		}
		TransportClosedException closed = new TransportClosedException("app-server exited", 1, List.of());
		tracker.fail(closed);

		List<TurnEvent> events = new ArrayList<>();
		for (int i = 0; i < 17; i++) {
			events.add(tracker.next());
		}
		assertThat(events.subList(0, 16)).allMatch(TurnEvent.AgentMessageDelta.class::isInstance);
		assertThat(events.get(16)).isEqualTo(new TurnEvent.EventsDropped(4, 0,
				java.util.Map.of("item/agentMessage/delta", 4L)));
		assertThatThrownBy(tracker::next).isInstanceOf(TransportClosedException.class)
			.hasMessageContaining("app-server exited");
	}

	private static JsonNode delta(int i) {
		return Json.parse("{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"msg-1\",\"delta\":\"d" + i + "\"}");
	}

	/** Takes {@code count} events from the tracker's stream on a thread of its own (ends when the tracker fails). */
	private static CompletableFuture<List<TurnEvent>> consume(TurnTracker tracker, int count) {
		CompletableFuture<List<TurnEvent>> consumed = new CompletableFuture<>();
		Thread consumer = new Thread(() -> {
			try {
				List<TurnEvent> events = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					events.add(tracker.next());
				}
				consumed.complete(events);
			}
			catch (RuntimeException ex) {
				consumed.completeExceptionally(ex);
			}
		}, "test-consumer");
		consumer.setDaemon(true);
		consumer.start();
		return consumed;
	}

}
