package dev.codexjava.protocol;

import tools.jackson.databind.JsonNode;

/**
 * Receives every notification, in arrival order, on the connection's reader thread. Implementations must not block:
 * they route the message into bounded buffers and return.
 */
@FunctionalInterface
public interface NotificationHandler {

	/**
	 * @param method the notification method
	 * @param params the params, or {@code null}
	 */
	void onNotification(String method, JsonNode params);

	/**
	 * No further message is at hand (the transport would wait for input): wake whoever waits for what
	 * {@link #onNotification} delivered. Called on the reader thread after the last message of every burst, so an
	 * implementation may hold wake-ups back until then (one wake-up per burst instead of one per message).
	 */
	default void onBurstEnd() {
	}

}
