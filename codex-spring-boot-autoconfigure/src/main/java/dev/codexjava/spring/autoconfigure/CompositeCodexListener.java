package dev.codexjava.spring.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import tools.jackson.databind.JsonNode;

import dev.codexjava.client.CodexListener;
import dev.codexjava.client.TurnResult;

/**
 * Forwards every callback to each of a fixed list of listeners, in order (one server's listeners of a pool). One that
 * throws does not keep the others from hearing of the event.
 */
final class CompositeCodexListener implements CodexListener {

	private static final Log logger = LogFactory.getLog(CompositeCodexListener.class);

	private final List<CodexListener> listeners;

	CompositeCodexListener(List<CodexListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	/** {@code listeners} as one listener: the only one, a composite, or {@code null} for none. */
	static CodexListener of(List<CodexListener> listeners) {
		return switch (listeners.size()) {
			case 0 -> null;
			case 1 -> listeners.get(0);
			default -> new CompositeCodexListener(listeners);
		};
	}

	@Override
	public void onProcessStarted(long pid, String serverVersion) {
		each((listener) -> listener.onProcessStarted(pid, serverVersion));
	}

	@Override
	public void onProcessExited(Integer exitCode, boolean expected) {
		each((listener) -> listener.onProcessExited(exitCode, expected));
	}

	@Override
	public void onRestartScheduled(int attempt, Duration delay, Throwable reason) {
		each((listener) -> listener.onRestartScheduled(attempt, delay, reason));
	}

	@Override
	public void onReconnectScheduled(String endpoint, int attempt, Duration delay, Throwable reason) {
		each((listener) -> listener.onReconnectScheduled(endpoint, attempt, delay, reason));
	}

	@Override
	public void onSupervisionGaveUp(String reason) {
		each((listener) -> listener.onSupervisionGaveUp(reason));
	}

	@Override
	public void onRequestCompleted(String method, Duration duration, Throwable failure) {
		each((listener) -> listener.onRequestCompleted(method, duration, failure));
	}

	@Override
	public void onRetry(String method, int attempt, Duration delay, Throwable failure) {
		each((listener) -> listener.onRetry(method, attempt, delay, failure));
	}

	@Override
	public void onTurnStarted(String threadId, String turnId) {
		each((listener) -> listener.onTurnStarted(threadId, turnId));
	}

	@Override
	public void onTurnStarted(String threadId, String turnId, String model) {
		each((listener) -> listener.onTurnStarted(threadId, turnId, model));
	}

	@Override
	public void onTurnCompleted(String threadId, TurnResult result) {
		each((listener) -> listener.onTurnCompleted(threadId, result));
	}

	@Override
	public void onTurnAborted(String threadId, String turnId, Throwable failure) {
		each((listener) -> listener.onTurnAborted(threadId, turnId, failure));
	}

	@Override
	public void onApprovalDecided(String method, String threadId, String decision) {
		each((listener) -> listener.onApprovalDecided(method, threadId, decision));
	}

	@Override
	public void onApprovalTimedOut(String method, String threadId, Duration timeout, String decision) {
		each((listener) -> listener.onApprovalTimedOut(method, threadId, timeout, decision));
	}

	@Override
	public void onNotification(String method, JsonNode params) {
		each((listener) -> listener.onNotification(method, params));
	}

	/**
	 * Whether one of the listeners reads notifications of {@code method}: one that overrides
	 * {@link CodexListener#onNotification} and needs them (one that does not override it needs none, whatever its
	 * {@code needsNotification} says, as for the client's own listeners).
	 */
	@Override
	public boolean needsNotification(String method) {
		for (CodexListener listener : this.listeners) {
			if (CodexListener.overridesOnNotification(listener, CodexListener.class)
					&& listener.needsNotification(method)) {
				return true;
			}
		}
		return false;
	}


	private void each(Consumer<CodexListener> call) {
		for (CodexListener listener : this.listeners) {
			try {
				call.accept(listener);
			}
			catch (RuntimeException ex) {
				logger.warn("Codex listener " + listener.getClass().getName() + " failed: " + ex);
			}
		}
	}

}
