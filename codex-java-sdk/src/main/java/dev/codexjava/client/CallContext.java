package dev.codexjava.client;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each {@link CodexListener} {@linkplain CodexListener#captureContext() captured} on the application's thread
 * when an operation (a turn, a goal, a request) began there: handed back to the same listener when the operation's
 * work is reported from the SDK's own threads, so that a tracing listener can parent it on the caller's trace.
 * <p>
 * SDK stages that continue an operation on a worker thread run inside {@link #call}, so the requests they send
 * belong to the operation rather than to whatever that thread had.
 */
final class CallContext {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(CallContext.class);

		private Logs() {
		}

	}

	/** Nothing captured. */
	static final CallContext NONE = new CallContext(null);

	private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

	/** Per listener, in {@link CodexConfig#listeners()} order; {@code null} when no listener captured anything. */
	private final Object[] values;

	private CallContext(Object[] values) {
		this.values = values;
	}

	/**
	 * The context of the operation this thread is continuing (inside {@link #call}), else what the listeners capture
	 * on this thread now.
	 */
	static CallContext capture(List<CodexListener> listeners) {
		CallContext current = CURRENT.get();
		if (current != null) {
			return current;
		}
		Object[] values = null;
		for (int i = 0; i < listeners.size(); i++) {
			Object value = null;
			try {
				value = listeners.get(i).captureContext();
			}
			catch (Throwable ex) {
				Logs.log.warn("CodexListener.captureContext failed; continuing", ex);
			}
			if (value != null) {
				if (values == null) {
					values = new Object[listeners.size()];
				}
				values[i] = value;
			}
		}
		return (values != null) ? new CallContext(values) : NONE;
	}

	/** What listener {@code index} captured, or {@code null}. */
	Object get(int index) {
		return (this.values != null && index < this.values.length) ? this.values[index] : null;
	}

	/** Runs {@code action} on this thread as part of this operation (see {@link #capture}). */
	<T> T call(Supplier<T> action) {
		CallContext previous = CURRENT.get();
		CURRENT.set(this);
		try {
			return action.get();
		}
		finally {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
		}
	}

}
