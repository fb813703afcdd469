package dev.codexjava.protocol;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Receives every notification, in arrival order, on the connection's reader thread. Implementations must not block:
 * they route the message into bounded buffers and return.
 *
 * <p>Internal API: implemented by the SDK's client layer; may change without notice.
 */
@FunctionalInterface
@API(status = API.Status.INTERNAL)
public interface NotificationHandler {

	/**
	 * @param method the notification method
	 * @param params the params, or {@code null}
	 */
	void onNotification(String method, @Nullable JsonNode params);

	/**
	 * Whether a notification of {@code method} would reach nobody (no listener, no subscriber, no routing that needs
	 * it): then its params need not be built. The line is still read to its end, so a malformed one is reported as
	 * before. Called on the reader thread for every notification; must be cheap and must not throw.
	 * @param method the notification method
	 * @return {@code true} to skip building and delivering it
	 */
	default boolean ignores(String method) {
		return false;
	}

	/**
	 * Whether a streamed delta of {@code method} ({@code item/agentMessage/delta}, {@code item/reasoning/*Delta},
	 * {@code item/commandExecution/outputDelta}) may come through {@link #onDelta} instead of
	 * {@link #onNotification}: nobody needs its raw params (no listener or subscriber reads them). Then the connection
	 * reads such a delta straight from the line's bytes, without a tree. Called on the reader thread for every delta
	 * line; must be cheap and must not throw.
	 * @param method the notification method
	 * @return {@code true} to receive its deltas through {@link #onDelta} (by default {@code false})
	 */
	default boolean takesDeltas(String method) {
		return false;
	}

	/**
	 * A streamed delta whose method {@link #takesDeltas} accepted, read from a line that held exactly these four
	 * strings as its params. Called in the place of {@link #onNotification}, in arrival order, on the reader thread.
	 * @param method the notification method
	 * @param threadId {@code params.threadId}
	 * @param turnId {@code params.turnId}
	 * @param itemId {@code params.itemId}
	 * @param delta {@code params.delta}
	 * @return {@code true} if handled; {@code false} if this delta needs its raw params after all (say it belongs to a
	 * route that reads them): then the connection delivers it through {@link #onNotification}, with its params
	 */
	default boolean onDelta(String method, String threadId, String turnId, String itemId, String delta) {
		return false;
	}

	/**
	 * The answer to one of this connection's requests, seen where it stands among the notifications: on the reader
	 * thread, after every line before it and before the next one is read, and before the request's future completes
	 * (whose dependents may run on other threads, after later lines were handled). For state a later notification
	 * changes (the status of a thread a {@code thread/resume} answer reports); must be cheap and must not block.
	 * @param method the request's method
	 * @param result the answer's {@code result}
	 */
	default void onAnswer(String method, JsonNode result) {
	}

	/**
	 * No further message is at hand (the transport would wait for input): wake whoever waits for what
	 * {@link #onNotification} delivered. Called on the reader thread after the last message of every burst, so an
	 * implementation may hold wake-ups back until then (one wake-up per burst instead of one per message).
	 */
	default void onBurstEnd() {
	}

	/**
	 * A notification could not be read (a value beyond the parser's limits, or an unreadable
	 * {@code turn/completed}); what could be salvaged from its line is given, so the turn it belonged to can be
	 * ended at once instead of waiting for its timeout.
	 * @param method the method
	 * @param threadId {@code params.threadId}, or {@code null}
	 * @param turnId {@code params.turnId} or {@code params.turn.id}, or {@code null}
	 * @param cause why it could not be read
	 */
	default void onUnreadable(String method, String threadId, String turnId, RuntimeException cause) {
	}

}
