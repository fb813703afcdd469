package dev.codexjava.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.NotificationType;

/**
 * What a {@link CodexThread} needs from the client that made it: the connection its requests go to (which changes when
 * the app-server is restarted), the client-wide turn bookkeeping, subscriptions and typed requests. The thread depends
 * on this, not on the client ({@link CodexEngine}), and this names no {@link CodexThread} in its signatures, so the
 * dependency runs one way (the client makes threads).
 */
interface ThreadHost {

	/** The connection serving {@code threadId} now (after a restart: the new one; in a pool: the thread's server). */
	ClientCore coreFor(String threadId);

	/** Which threads have a turn running in this client. */
	ThreadTurns threadTurns();

	/** Subscribes to one notification type of one thread. */
	<P> Subscription subscribe(NotificationType<P> type, String threadId, Consumer<? super P> subscriber);

	/** A typed request with the client's default options. */
	<P, R> R request(Method<P, R> method, P params);

	/** Forks {@code threadId} ({@code thread/fork}); the caller makes the {@link CodexThread} of the fork. */
	CompletableFuture<OpenedThread> forkThread(String threadId, ForkOptions options);

	/**
	 * The thread could not be resumed on {@code core} (a pool's server it was moving to refused it): the host forgets
	 * that the thread lives there.
	 */
	default void resumeFailed(String threadId, ClientCore core) {
	}

}
