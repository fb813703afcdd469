package dev.codexjava.protocol.newer;

import dev.codexjava.protocol.NotificationType;

/**
 * Server notifications newer than the pinned app-server (0.169.0), typed, for {@code codex.subscribe(type, ...)} and
 * {@link NotificationType#decode}. An older server never sends them.
 */
public final class NewerNotifications {

	private NewerNotifications() {
	}

	/**
	 * {@code thread/search/partial}: provisional matches of a running {@code thread/search/stream} request (an
	 * experimental request: only with {@code experimentalApi(true)}; the notification itself is stable). App-server
	 * 0.171.0 and later; the pinned 0.169.0 never sends it.
	 */
	public static final NotificationType<ThreadSearchPartialNotification> THREAD_SEARCH_PARTIAL = new NotificationType<>(
			"thread/search/partial", ThreadSearchPartialNotification.class, false);

}
