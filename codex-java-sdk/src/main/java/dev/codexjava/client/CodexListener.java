package dev.codexjava.client;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Observes a {@link Codex} client: process lifecycle, requests, turns, approvals and retries. This is how metrics are
 * added without the SDK depending on a metrics library (the Spring Boot starter registers one for Micrometer). Every
 * method has an empty default. Callbacks must be quick and must not throw; {@link #onNotification} runs on the
 * connection's reader thread.
 */
public interface CodexListener {

	/** The app-server process started and completed its handshake. */
	default void onProcessStarted(long pid, @Nullable String serverVersion) {
	}

	/**
	 * The app-server connection ended.
	 * @param exitCode the exit code, or {@code null}
	 * @param expected {@code true} when the client closed it, {@code false} on a crash or unexpected exit
	 */
	default void onProcessExited(@Nullable Integer exitCode, boolean expected) {
	}

	/** The app-server exited unexpectedly and a restart is scheduled (attempt is 1-based per outage). */
	default void onRestartScheduled(int attempt, Duration delay, Throwable reason) {
	}

	/**
	 * The connection to a remote app-server ({@link CodexConfig#endpoint()}) was lost and a reconnect is scheduled
	 * (attempt is 1-based per outage); the SDK never starts or stops a server it does not own. The default calls
	 * {@link #onRestartScheduled}, so restart counters include reconnects.
	 * @param endpoint the endpoint's URI (no credentials)
	 */
	default void onReconnectScheduled(String endpoint, int attempt, Duration delay, Throwable reason) {
		onRestartScheduled(attempt, delay, reason);
	}

	/** Supervision gave up restarting; the client stays down until restarted by hand. */
	default void onSupervisionGaveUp(String reason) {
	}

	/**
	 * Captures what this listener needs of the application's thread, for example its current tracing span, when a
	 * turn, a goal or a request begins there (on that thread, before anything is sent). The SDK hands the value back
	 * to this listener only, in {@link #onTurnStarted(String, String, String, Object)} and
	 * {@link #onRequestStarted}, which usually run on the SDK's own threads. This is how a tracing listener parents
	 * the SDK's work on the caller's trace without the SDK knowing a tracing library. Must be quick.
	 * @return the captured context, or {@code null} (the default) for none
	 */
	default @Nullable Object captureContext() {
		return null;
	}

	/**
	 * A request attempt is about to be sent (each attempt separately: retries too). Its end is reported through
	 * {@link #onRequestCompleted(String, Duration, Throwable, Object)} with the value returned here.
	 * @param method the JSON-RPC method
	 * @param context what {@link #captureContext()} returned on the thread that began the operation, or {@code null}
	 * @return a value to be handed back when the attempt ends (for example a started span), or {@code null}
	 */
	default @Nullable Object onRequestStarted(String method, @Nullable Object context) {
		return null;
	}

	/**
	 * A request finished (each attempt separately).
	 * @param failure {@code null} on success
	 */
	default void onRequestCompleted(String method, Duration duration, @Nullable Throwable failure) {
	}

	/**
	 * A request finished, with what {@link #onRequestStarted} returned for it. The default calls
	 * {@link #onRequestCompleted(String, Duration, Throwable)}; the SDK calls this one.
	 * @param failure {@code null} on success
	 * @param started what {@link #onRequestStarted} returned for this attempt, or {@code null}
	 */
	default void onRequestCompleted(String method, Duration duration, @Nullable Throwable failure,
			@Nullable Object started) {
		onRequestCompleted(method, duration, failure);
	}

	/** A request is retried after an overload. {@code attempt} is the attempt that failed (1-based). */
	default void onRetry(String method, int attempt, Duration delay, Throwable failure) {
	}

	/** A turn was accepted by the server. */
	default void onTurnStarted(String threadId, String turnId) {
	}

	/**
	 * A turn was accepted by the server, with the model it runs with. The default calls
	 * {@link #onTurnStarted(String, String)}; the SDK calls
	 * {@link #onTurnStarted(String, String, String, Object)}, whose default calls this one.
	 * @param model the model: the one the turn's options chose, else the one the thread was last run with or the
	 * server reported for it when it was started or resumed; {@code null} if unknown
	 */
	default void onTurnStarted(String threadId, String turnId, @Nullable String model) {
		onTurnStarted(threadId, turnId);
	}

	/**
	 * A turn was accepted by the server, with the model it runs with and the context this listener
	 * {@linkplain #captureContext() captured} when the application started the turn (or goal). The default calls
	 * {@link #onTurnStarted(String, String, String)}; the SDK calls this one.
	 * @param context what {@link #captureContext()} returned on the thread that started the turn, or {@code null}
	 */
	default void onTurnStarted(String threadId, String turnId, @Nullable String model,
			@Nullable Object context) {
		onTurnStarted(threadId, turnId, model);
	}

	/** A turn ended (completed, interrupted or failed); {@code result.usage()} holds its token usage. */
	default void onTurnCompleted(String threadId, TurnResult result) {
	}

	/**
	 * A turn the server had accepted ended without a result: the connection was lost or the turn timed out on the
	 * client. (A turn whose {@code turn/start} fails is reported through {@link #onRequestCompleted}.)
	 */
	default void onTurnAborted(String threadId, String turnId, Throwable failure) {
	}

	/**
	 * A server request was answered.
	 * @param decision the decision sent ({@code accept}, {@code decline}, ..., or {@code error})
	 */
	default void onApprovalDecided(String method, @Nullable String threadId, String decision) {
	}

	/**
	 * A server request was answered, saying whether the answer was the safe one sent at the deadline. The default
	 * calls {@link #onApprovalDecided(String, String, String)}; the SDK calls this one.
	 * @param decision the decision sent ({@code accept}, {@code decline}, ..., or {@code error})
	 * @param timedOut {@code true} when nobody answered within {@link CodexConfig#approvalTimeout()} and the client
	 * sent the safe answer (after {@link #onApprovalTimedOut})
	 */
	default void onApprovalDecided(String method, @Nullable String threadId, String decision,
			boolean timedOut) {
		onApprovalDecided(method, threadId, decision);
	}

	/**
	 * A server request (approval, permissions, user input, elicitation, ...) was not answered within
	 * {@link CodexConfig#approvalTimeout()}, counted from its arrival: the client sent the safe answer for its kind
	 * instead (then reports it through {@link #onApprovalDecided(String, String, String, boolean)} too, with
	 * {@code timedOut}). A handler that answers later is ignored.
	 * @param method the request method
	 * @param threadId the thread, or {@code null}
	 * @param timeout the time allowed
	 * @param decision the answer sent: {@code decline} (commands, file changes), {@code denied} (permissions and
	 * legacy approvals), {@code unanswered} (user input), {@code cancel} (elicitation) or {@code error} (any other
	 * request)
	 */
	default void onApprovalTimedOut(String method, @Nullable String threadId, Duration timeout,
			String decision) {
	}

	/**
	 * A dynamic tool handler has not returned at its timeout, even interrupted: the model got a failed result, the
	 * handler's thread is abandoned (still running, no longer counted as a tool-call slot). While
	 * {@link CodexConfig#approvalThreads()} handlers are abandoned, new tool calls fail at once.
	 * @param threadId the thread
	 * @param tool the tool's name
	 * @param timeout the tool's timeout
	 * @param abandoned how many tool handlers are abandoned now
	 */
	default void onToolHandlerAbandoned(String threadId, String tool, Duration timeout, int abandoned) {
	}

	/**
	 * Any notification, raw, in arrival order. Runs on the reader thread: never block here.
	 * @param method the notification's method
	 * @param params its params, or {@code null} when it has none ({@code NotificationType.decode} takes that too)
	 */
	default void onNotification(String method, @Nullable JsonNode params) {
	}

	/**
	 * Whether {@link #onNotification} needs the notifications of {@code method}. A listener that reads only some
	 * notifications says which (say {@code "model/rerouted".equals(method)}), so that the client need not build the
	 * raw params of the others for it: the streamed deltas of a turn that no listener and no subscriber reads raw go
	 * to the turn straight from the line, without a tree (see {@code docs/performance.md}). Asked when the client
	 * starts, for the streamed-delta methods; the answer must not change. A listener may still be told of
	 * notifications it does not need. A listener that does not override {@link #onNotification} needs none, whatever
	 * this says.
	 * @param method a notification method
	 * @return whether {@link #onNotification} reads notifications of {@code method} (by default {@code true})
	 */
	default boolean needsNotification(String method) {
		return true;
	}

	/**
	 * Whether {@code listener}'s class overrides {@link #onNotification} below {@code base}: with
	 * {@code CodexListener.class}, whether it reads notifications at all (the client asks {@link #needsNotification}
	 * only then); a listener class that narrows {@code needsNotification} passes itself, to learn whether a subclass
	 * reads more. {@code true} when reflection is refused.
	 * @param listener the listener
	 * @param base the class whose own {@code onNotification} does not count
	 * @return whether a class below {@code base} declares {@code onNotification}
	 */
	static boolean overridesOnNotification(CodexListener listener, Class<? extends CodexListener> base) {
		try {
			return listener.getClass().getMethod("onNotification", String.class, JsonNode.class)
				.getDeclaringClass() != base;
		}
		catch (NoSuchMethodException | SecurityException ex) {
			return true;
		}
	}

}
