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

}
