package dev.codexjava.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The stream buffer of a turn is bounded for every droppable kind of event, not only deltas: notifications delivered
 * as {@link TurnEvent.Other} ({@code turn/diff/updated}, {@code item/plan/delta}, ...) count against
 * {@code streamBufferCapacity} and are dropped for a stalled consumer, announced by kind in
 * {@link TurnEvent.EventsDropped}; items, usage, errors and the turn's end are kept.
 */
class TurnStreamBufferTest {

	private static final int CAPACITY = 16;

	private static final List<String> KINDS = List.of("turn/diff/updated", "item/plan/delta", "turn/plan/updated",
			"item/mcpToolCall/progress");

	@Test
	void otherNotificationsCountAgainstTheBoundAndAreDroppedByKind() {
		TurnTracker tracker = new TurnTracker("t1", CAPACITY, true, (t) -> {
		});
		tracker.bind("u1");
		tracker.accept("turn/started", turnStarted());
		Map<String, Long> sent = new LinkedHashMap<>();
		int kept = 1;
		int maxBuffered = 0;
		for (int i = 0; i < 40_000; i++) {
			String kind = KINDS.get(i % KINDS.size());
			tracker.accept(kind, Json.parse("{\"threadId\":\"t1\",\"turnId\":\"u1\",\"n\":" + i + "}"));
			sent.merge(kind, 1L, Long::sum);
			if (i % 10_000 == 5_000) {
				// items, usage and (informational) errors arrive in the middle of the flood
				tracker.accept("item/completed", Json.parse(
						"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"item\":{\"type\":\"plan\",\"id\":\"p" + i
								+ "\",\"text\":\"step " + i + "\"}}"));
				tracker.accept("thread/tokenUsage/updated", Json.parse(Wire.tokenUsage("t1", "u1")).get("params"));
				tracker.accept("error", Json.parse("{\"threadId\":\"t1\",\"turnId\":\"u1\",\"willRetry\":true,"
						+ "\"error\":{\"message\":\"Reconnecting... 1/5\"}}"));
				kept += 3;
			}
			maxBuffered = Math.max(maxBuffered, tracker.bufferedEvents());
		}
		tracker.accept("item/completed",
				Json.parse(Wire.agentMessage("t1", "u1", "m1", "final_answer", "done")).get("params"));
		tracker.accept("turn/completed", Json.parse(Wire.turnCompleted("t1", "u1")).get("params"));

		// the bound holds for droppable events; only kept kinds (and their EventsDropped markers) go beyond it
		assertThat(maxBuffered).isLessThanOrEqualTo(CAPACITY + 2 * kept);
		List<TurnEvent> events = drain(tracker);
		Map<String, Long> delivered = new LinkedHashMap<>();
		Map<String, Long> dropped = new LinkedHashMap<>();
		long droppedOther = 0;
		for (TurnEvent event : events) {
			if (event instanceof TurnEvent.Other other) {
				delivered.merge(other.method(), 1L, Long::sum);
			}
			else if (event instanceof TurnEvent.EventsDropped drop) {
				assertThat(drop.droppedDeltas()).isZero();
				assertThat(drop.total()).isEqualTo(drop.droppedOther());
				assertThat(drop.droppedByMethod().values().stream().mapToLong(Long::longValue).sum())
					.isEqualTo(drop.total());
				drop.droppedByMethod().forEach((method, n) -> dropped.merge(method, n, Long::sum));
				droppedOther += drop.droppedOther();
			}
		}
		assertThat(delivered.values().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(CAPACITY);
		for (String kind : KINDS) {
			assertThat(delivered.getOrDefault(kind, 0L) + dropped.getOrDefault(kind, 0L)).as(kind)
				.isEqualTo(sent.get(kind));
		}
		assertThat(droppedOther).isEqualTo(40_000 - delivered.values().stream().mapToLong(Long::longValue).sum());
		assertThat(events).filteredOn(TurnEvent.ItemCompleted.class::isInstance).hasSize(5);
		assertThat(events).filteredOn(TurnEvent.TokenUsage.class::isInstance).hasSize(4);
		assertThat(events).filteredOn(TurnEvent.Error.class::isInstance).hasSize(4);
		assertThat(events.get(0)).isInstanceOf(TurnEvent.Started.class);
		assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TurnEvent.Completed.class, (c) -> {
			assertThat(c.result().finalResponse()).isEqualTo("done");
			assertThat(c.result().items()).hasSize(5);
		});
	}

	@Test
	void deltasAndOtherNotificationsAreCountedApartInOneAnnouncement() {
		TurnTracker tracker = new TurnTracker("t1", CAPACITY, true, (t) -> {
		});
		tracker.bind("u1");
		for (int i = 0; i < CAPACITY; i++) {
			tracker.accept("turn/diff/updated", Json.parse("{\"threadId\":\"t1\",\"turnId\":\"u1\"}"));
		}
		tracker.accept("item/agentMessage/delta", Json.parse(Wire.agentDelta("t1", "u1", "m1", "a")).get("params"));
		tracker.accept("item/reasoning/textDelta", Json.parse("{\"turnId\":\"u1\",\"itemId\":\"r\",\"delta\":\"b\"}"));
		tracker.accept("item/plan/delta", Json.parse("{\"turnId\":\"u1\",\"itemId\":\"p\",\"delta\":\"c\"}"));
		tracker.accept("item/plan/delta", Json.parse("{\"turnId\":\"u1\",\"itemId\":\"p\",\"delta\":\"d\"}"));
		tracker.accept("turn/completed", Json.parse(Wire.turnCompleted("t1", "u1")).get("params"));

		List<TurnEvent> events = drain(tracker);
		assertThat(events).hasSize(CAPACITY + 2);
		assertThat(events.get(CAPACITY)).isEqualTo(new TurnEvent.EventsDropped(2, 2,
				Map.of("item/agentMessage/delta", 1L, "item/reasoning/textDelta", 1L, "item/plan/delta", 2L)));
		assertThat(((TurnEvent.EventsDropped) events.get(CAPACITY)).droppedByMethod().keySet())
			.as("in the order first dropped")
			.containsExactly("item/agentMessage/delta", "item/reasoning/textDelta", "item/plan/delta");
	}

	@Test
	void aGoalsTurnBoundariesAreNeverDropped() {
		TurnTracker tracker = new TurnTracker("t1", CAPACITY, true, (t) -> {
		});
		tracker.bind("u1");
		for (int i = 0; i < 3 * CAPACITY; i++) {
			tracker.accept("turn/diff/updated", Json.parse("{\"threadId\":\"t1\",\"turnId\":\"u1\"}"));
			if (i % CAPACITY == 0) {
				tracker.accept("goal/turn/completed", Json.parse("{\"threadId\":\"t1\",\"turn\":{\"id\":\"g" + i
						+ "\"}}"));
				tracker.accept("goal/turn/started", Json.parse("{\"threadId\":\"t1\",\"turn\":{\"id\":\"g" + (i + 1)
						+ "\"}}"));
			}
		}
		tracker.accept("turn/completed", Json.parse(Wire.turnCompleted("t1", "u1")).get("params"));

		List<TurnEvent> events = drain(tracker);
		assertThat(events).filteredOn((e) -> e instanceof TurnEvent.Other o && o.method().startsWith("goal/turn/"))
			.hasSize(6);
	}

	@Test
	void theOneArgumentFormStillWorksAndTheBreakdownIsReadOnly() {
		TurnEvent.EventsDropped legacy = new TurnEvent.EventsDropped(7);
		assertThat(legacy.droppedDeltas()).isEqualTo(7);
		assertThat(legacy.total()).isEqualTo(7);
		assertThat(legacy.droppedByMethod()).isEmpty();

		Map<String, Long> counts = new LinkedHashMap<>(Map.of("turn/diff/updated", 3L));
		TurnEvent.EventsDropped event = new TurnEvent.EventsDropped(0, 3, counts);
		counts.put("item/plan/delta", 1L);
		assertThat(event.droppedByMethod()).containsExactly(Map.entry("turn/diff/updated", 3L));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> event.droppedByMethod().put("x", 1L));
	}

	private static tools.jackson.databind.JsonNode turnStarted() {
		return Json.parse(Wire.turnStarted("t1", "u1")).get("params");
	}

	private static List<TurnEvent> drain(TurnTracker tracker) {
		List<TurnEvent> events = new ArrayList<>();
		for (TurnEvent event = tracker.next(); event != null; event = tracker.next()) {
			events.add(event);
		}
		return events;
	}

}
