package dev.codexjava.client;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TokenCounts;
import dev.codexjava.protocol.model.TurnError;

/**
 * What happens during one turn, as {@link TurnHandle#stream()} delivers it. The last event is always
 * {@link Completed}. Notifications this SDK does not model are delivered as {@link Other}, raw, never dropped.
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
	record TokenUsage(TokenCounts last, TokenCounts total, Long modelContextWindow) implements TurnEvent {
	}

	/**
	 * An error. With {@code willRetry} the server retries by itself (informational); otherwise the turn fails next.
	 */
	record Error(TurnError error, boolean willRetry) implements TurnEvent {
	}

	/**
	 * The consumer was too slow: {@code droppedDeltas} delta events were dropped to keep memory bounded. Items,
	 * usage and the result are never dropped; final texts arrive in {@link ItemCompleted}.
	 */
	record EventsDropped(long droppedDeltas) implements TurnEvent {
	}

	/** Any other notification about this turn (plan updates, diffs, MCP progress, ...), raw. */
	record Other(String method, JsonNode params) implements TurnEvent {
	}

	/** The turn ended; the result holds its status, items, final response and usage. Always last. */
	record Completed(TurnResult result) implements TurnEvent {
	}

}
