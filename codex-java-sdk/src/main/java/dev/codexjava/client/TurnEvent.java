package dev.codexjava.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TokenCounts;
import dev.codexjava.protocol.model.TurnError;

/**
 * What happens during one turn, as {@link TurnHandle#stream()} delivers it. The last event is always
 * {@link Completed}. Notifications this SDK does not model are delivered as {@link Other}, raw. A consumer that
 * falls behind by {@link CodexConfig#streamBufferCapacity()} events loses deltas and {@link Other} events (announced
 * by {@link EventsDropped}); the other kinds are never dropped.
 */
public sealed interface TurnEvent {

	/** The turn began running. */
	record Started(String turnId) implements TurnEvent {
	}

	/**
	 * An item began. {@code restarted} is {@code true} when the server re-sent it after a stream retry: text
	 * collected for that item so far is void.
	 */
	record ItemStarted(ThreadItem item, boolean restarted) implements TurnEvent {
	}

	/** An item finished (its final state). */
	record ItemCompleted(ThreadItem item) implements TurnEvent {
	}

	/** A piece of an agent message's text. */
	record AgentMessageDelta(String itemId, String delta) implements TurnEvent {
	}

	/** A piece of reasoning text ({@code kind} is {@code summary} or {@code text}). */
	record ReasoningDelta(String itemId, String kind, String delta) implements TurnEvent {
	}

	/** A piece of a command's output. */
	record CommandOutputDelta(String itemId, String delta) implements TurnEvent {
	}

	/** Token usage after a model call: {@code last} is that call, {@code total} the thread so far. */
	record TokenUsage(TokenCounts last, TokenCounts total, @Nullable Long modelContextWindow) implements TurnEvent {
	}

	/**
	 * An error. With {@code willRetry} the server retries by itself (informational); otherwise the turn fails next.
	 */
	record Error(@Nullable TurnError error, boolean willRetry) implements TurnEvent {
	}

	/**
	 * The consumer was too slow: events were dropped to keep memory bounded, this many since the previous
	 * {@code EventsDropped}. Only delta events ({@link AgentMessageDelta}, {@link ReasoningDelta},
	 * {@link CommandOutputDelta}) and {@link Other} events are ever dropped; items, usage, errors and the result never
	 * are, and final texts arrive in {@link ItemCompleted}.
	 *
	 * @param droppedDeltas how many delta events were dropped
	 * @param droppedOther how many {@link Other} events were dropped
	 * @param droppedByMethod the dropped events by notification method (for example {@code item/agentMessage/delta}
	 * or {@code turn/diff/updated}), in the order first dropped; the counts add up to {@link #total()}
	 */
	record EventsDropped(long droppedDeltas, long droppedOther,
			Map<String, Long> droppedByMethod) implements TurnEvent {

		/** Copies the map (unmodifiable, order kept). */
		public EventsDropped {
			Objects.requireNonNull(droppedByMethod, "droppedByMethod");
			droppedByMethod = Collections.unmodifiableMap(new LinkedHashMap<>(droppedByMethod));
		}

		/** Dropped deltas only, without a breakdown by method (the form of earlier versions). */
		public EventsDropped(long droppedDeltas) {
			this(droppedDeltas, 0, Map.of());
		}

		/** Every dropped event: deltas and {@link Other} events. */
		public long total() {
			return this.droppedDeltas + this.droppedOther;
		}

	}

	/**
	 * Any other notification about this turn (plan updates, diffs, MCP progress, ...), raw, and a delta whose
	 * {@code itemId} or {@code delta} is not a string (the typed deltas' components are never null). Dropped like
	 * deltas when the consumer falls behind, except a goal's turn boundaries ({@code goal/turn/started},
	 * {@code goal/turn/completed}).
	 */
	record Other(String method, @Nullable JsonNode params) implements TurnEvent {
	}

	/** The turn ended; the result holds its status, items, final response and usage. Always last. */
	record Completed(TurnResult result) implements TurnEvent {
	}

}
