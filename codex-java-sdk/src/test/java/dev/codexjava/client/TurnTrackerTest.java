package dev.codexjava.client;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;

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

}
