package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listener fan-out: tells every {@link CodexListener} of a client what happened, in registration order. A listener
 * that throws (an {@link AssertionError} too) is logged and skipped: listeners run on the reader thread and inside
 * the client's own stages, which a listener's bug must not break.
 */
final class ListenerFanOut {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(ListenerFanOut.class);

		private Logs() {
		}

	}

	private final List<CodexListener> listeners;

	ListenerFanOut(List<CodexListener> listeners) {
		this.listeners = listeners;
	}

	/** The listeners. */
	List<CodexListener> listeners() {
		return this.listeners;
	}

	/**
	 * What the listeners capture on this thread now, or the context of the operation this thread continues (see
	 * {@link CallContext#call}). Call it on the application's thread when an operation begins.
	 */
	CallContext captureContext() {
		return CallContext.capture(this.listeners);
	}

	/** The process (or connection) is ready. */
	void processStarted(long pid, String version) {
		each((listener) -> listener.onProcessStarted(pid, version));
	}

	/** The process exited (or the connection closed). */
	void processExited(Integer exitCode, boolean expected) {
		each((listener) -> listener.onProcessExited(exitCode, expected));
	}

	/**
	 * A turn started.
	 * @param context what the listeners captured when the application started the turn
	 */
	void turnStarted(String threadId, String turnId, String model, CallContext context) {
		for (int i = 0; i < this.listeners.size(); i++) {
			CodexListener listener = this.listeners.get(i);
			Object captured = context.get(i);
			safely(() -> listener.onTurnStarted(threadId, turnId, model, captured));
		}
	}

	/** A turn produced its result. */
	void turnCompleted(String threadId, TurnResult result) {
		each((listener) -> listener.onTurnCompleted(threadId, result));
	}

	/** A turn ended without a result. */
	void turnAborted(String threadId, String turnId, Throwable failure) {
		each((listener) -> listener.onTurnAborted(threadId, turnId, failure));
	}

	/** An overloaded request is retried after {@code delay}. */
	void retry(String method, int attempt, Duration delay, Throwable cause) {
		each((listener) -> listener.onRetry(method, attempt, delay, cause));
	}

	/**
	 * A request attempt is about to be sent; returns what the listeners answered, per listener (the request's
	 * attachment, handed back in {@link #requestCompleted}), or {@code null} when none answered.
	 */
	Object[] requestStarted(String method, CallContext context) {
		Object[] started = null;
		for (int i = 0; i < this.listeners.size(); i++) {
			Object value = null;
			try {
				value = this.listeners.get(i).onRequestStarted(method, context.get(i));
			}
			catch (Throwable ex) {
				Logs.log.warn("CodexListener failed; continuing", ex);
			}
			if (value != null) {
				if (started == null) {
					started = new Object[this.listeners.size()];
				}
				started[i] = value;
			}
		}
		return started;
	}

	/** A request attempt ended; {@code attachment} is what {@link #requestStarted} returned for it. */
	void requestCompleted(String method, Duration duration, Throwable failure, Object attachment) {
		Object[] started = (attachment instanceof Object[] values) ? values : null;
		for (int i = 0; i < this.listeners.size(); i++) {
			CodexListener listener = this.listeners.get(i);
			Object value = (started != null && i < started.length) ? started[i] : null;
			safely(() -> listener.onRequestCompleted(method, duration, failure, value));
		}
	}

	/** Runs {@code callback} on every listener; a listener that throws is logged and skipped. */
	void each(Consumer<CodexListener> callback) {
		for (CodexListener listener : this.listeners) {
			safely(() -> callback.accept(listener));
		}
	}

	private static void safely(Runnable action) {
		try {
			action.run();
		}
		catch (Throwable ex) {
			Logs.log.warn("CodexListener failed; continuing", ex);
		}
	}

}
