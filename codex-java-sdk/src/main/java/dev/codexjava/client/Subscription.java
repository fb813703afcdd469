package dev.codexjava.client;

import dev.codexjava.protocol.NotificationType;

/**
 * A subscriber registered with {@link Codex#subscribe} or {@link CodexThread#subscribe}: receives the notifications of
 * one {@link NotificationType}, decoded, in the order the server sent them, on a delivery thread (never the
 * connection's reader thread). Close it to stop the deliveries; notifications already queued are discarded.
 * <p>
 * Delivery is bounded: at most {@link #CAPACITY} notifications wait for a subscriber that falls behind; beyond that
 * the oldest waiting one is dropped (counted by {@link #dropped()}, logged once per backlog). A subscriber that
 * throws (an {@link Error} too) is logged (its first failure with the stack trace, later ones at debug level) and
 * keeps receiving.
 */
public interface Subscription extends AutoCloseable {

	/** How many notifications at most wait for one subscriber before the oldest is dropped. */
	int CAPACITY = 4096;

	/** The notification type subscribed to. */
	NotificationType<?> type();

	/** How many notifications were dropped so far because the subscriber fell more than {@link #CAPACITY} behind. */
	long dropped();

	/** Whether {@link #close()} was called. */
	boolean isClosed();

	/** Stops the deliveries (one running at the moment finishes). Idempotent. */
	@Override
	void close();

}
