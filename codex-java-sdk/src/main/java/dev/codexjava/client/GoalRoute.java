package dev.codexjava.client;

import tools.jackson.databind.JsonNode;

/**
 * What the {@link NotificationRouter} delivers a goal's events to: while registered, every turn event and
 * {@code thread/goal/*} notification of the goal's thread. Implemented by {@link GoalRun}; the router knows only
 * this, so routing does not depend on how a goal runs.
 */
interface GoalRoute {

	/** The thread the goal runs on. */
	String threadId();

	/** One event of the goal's thread; called by the router on the reader thread, inside its atomic section. */
	void accept(String method, JsonNode params, String turnId);

	/** The goal ends with {@code cause} (the connection is gone, or an event could not be read). */
	void fail(Throwable cause);

}
