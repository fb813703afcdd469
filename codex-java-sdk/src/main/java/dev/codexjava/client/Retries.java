package dev.codexjava.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.protocol.model.TurnError;

/**
 * Retry helpers. {@link #retryOnOverload(RetryPolicy, Supplier)} re-runs an operation while it fails because
 * Codex is overloaded: a {@link ServerBusyException} ({@code -32001}), or a {@link TurnFailedException} whose turn
 * error is {@code serverOverloaded}. Any other failure, and the last overload failure, is rethrown as is.
 * <p>
 * The SDK already retries every single request on {@code -32001} by itself (see
 * {@link CodexConfig.Builder#retryPolicy}). Use this helper for whole operations, such as a turn whose model was
 * over capacity. Inside {@link #withoutAutomaticRetry(Supplier)} the SDK does not retry, so an outer policy's
 * attempts are not multiplied by the SDK's.
 */
public final class Retries {

	private static final ThreadLocal<Boolean> SUPPRESSED = new ThreadLocal<>();

	private Retries() {
	}

	/** Whether {@code failure} means "overloaded, try again later". */
	public static boolean isOverload(Throwable failure) {
		if (failure instanceof ServerBusyException) {
			return true;
		}
		if (failure instanceof TurnFailedException turnFailed) {
			TurnError error = turnFailed.error();
			return error != null && error.isServerOverloaded();
		}
		return false;
	}

	/**
	 * Runs {@code operation}, retrying overload failures per {@code policy}. Each attempt runs with the SDK's
	 * automatic per-request retry switched off, so {@code policy} alone decides how often requests are sent.
	 * @return the operation's result
	 * @throws RuntimeException the last failure when attempts run out, or the first non-overload failure
	 */
	public static <T> T retryOnOverload(RetryPolicy policy, Supplier<T> operation) {
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(operation, "operation");
		int attempt = 0;
		while (true) {
			attempt++;
			try {
				return withoutAutomaticRetry(operation);
			}
			catch (RuntimeException ex) {
				if (!isOverload(ex) || attempt >= policy.maxAttempts()) {
					throw ex;
				}
				sleep(policy.delayAfter(attempt));
			}
		}
	}

	/** {@link #retryOnOverload(RetryPolicy, Supplier)} with {@link RetryPolicy#defaults()}. */
	public static <T> T retryOnOverload(Supplier<T> operation) {
		return retryOnOverload(RetryPolicy.defaults(), operation);
	}

	/**
	 * Runs {@code operation} with the SDK's automatic per-request retry switched off, for callers that apply their own
	 * retry policy around it. The switch is read when an SDK operation is called inside the block and travels with
	 * that operation: requests it sends later or from other threads (an async turn started after a timed-out one, a
	 * goal's {@code thread/goal/clear} and {@code thread/goal/set}, further pages of a listing) are not retried
	 * either, also when the block has returned meanwhile. Operations called outside the block are retried as usual.
	 */
	public static <T> T withoutAutomaticRetry(Supplier<T> operation) {
		Boolean previous = SUPPRESSED.get();
		SUPPRESSED.set(Boolean.TRUE);
		try {
			return operation.get();
		}
		finally {
			if (previous == null) {
				SUPPRESSED.remove();
			}
			else {
				SUPPRESSED.set(previous);
			}
		}
	}

	/**
	 * Whether automatic retry is switched off on the calling thread, that is, for SDK operations called now (see
	 * {@link #withoutAutomaticRetry(Supplier)}).
	 */
	public static boolean automaticRetrySuppressed() {
		return Boolean.TRUE.equals(SUPPRESSED.get());
	}

	private static void sleep(Duration delay) {
		try {
			TimeUnit.NANOSECONDS.sleep(delay.toNanos());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CodexException("Interrupted while waiting to retry", ex);
		}
	}

}
