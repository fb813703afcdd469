package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.ServerBusyException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.RpcConnection;

/**
 * The retrying caller: sends a request over the connection and, when the server answers that it is overloaded
 * ({@link ServerBusyException}), sends it again after the {@link RetryPolicy}'s backoff, telling the listeners of
 * each retry. Futures it returns complete on the reader thread or the timer thread: internal use only.
 */
final class RetryingCaller {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(RetryingCaller.class);

		private Logs() {
		}

	}

	private final RpcConnection connection;

	private final RetryPolicy policy;

	private final ScheduledExecutorService scheduler;

	private final BooleanSupplier closed;

	private final ListenerFanOut fanOut;

	/** Calls waiting for their next attempt: failed at once when the connection closes. */
	private final Set<CompletableFuture<JsonNode>> waitingForRetry = ConcurrentHashMap.newKeySet();

	RetryingCaller(RpcConnection connection, RetryPolicy policy, ScheduledExecutorService scheduler,
			BooleanSupplier closed, ListenerFanOut fanOut) {
		this.connection = connection;
		this.policy = policy;
		this.scheduler = scheduler;
		this.closed = closed;
		this.fanOut = fanOut;
	}

	/**
	 * Sends {@code method}; retries an overloaded answer when {@code retryAllowed} and the policy retries.
	 * @param timeout the timeout of each attempt
	 * @param context what the listeners captured where the operation began (retries keep it)
	 */
	CompletableFuture<JsonNode> call(String method, JsonNode params, boolean retryAllowed, Duration timeout,
			CallContext context) {
		return call(method, params, retryAllowed, timeout, context, null);
	}

	/**
	 * {@link #call(String, JsonNode, boolean, Duration, CallContext)} telling {@code lateAnswer} the result of an
	 * attempt answered after its timeout (see {@link RpcConnection#request(String, JsonNode, Duration, Object,
	 * Consumer)}).
	 */
	CompletableFuture<JsonNode> call(String method, JsonNode params, boolean retryAllowed, Duration timeout,
			CallContext context, @Nullable Consumer<JsonNode> lateAnswer) {
		boolean retry = retryAllowed && this.policy.retries();
		CompletableFuture<JsonNode> out = new CompletableFuture<>();
		attempt(method, params, 1, retry, timeout, out, context, lateAnswer);
		return out;
	}

	private void attempt(String method, JsonNode params, int attempt, boolean retry, Duration timeout,
			CompletableFuture<JsonNode> out, CallContext context, @Nullable Consumer<JsonNode> lateAnswer) {
		this.connection
			.request(method, params, timeout, this.fanOut.requestStarted(method, context), lateAnswer)
			.whenComplete((result, failure) -> {
				if (failure == null) {
					out.complete(result);
					return;
				}
				Throwable cause = Futures.unwrap(failure);
				if (retry && cause instanceof ServerBusyException && attempt < this.policy.maxAttempts()
						&& !this.closed.getAsBoolean()) {
					Duration delay = this.policy.delayAfter(attempt);
					this.fanOut.retry(method, attempt, delay, cause);
					Logs.log.debug("{} overloaded (attempt {}), retrying in {} ms", method, attempt, delay.toMillis());
					this.waitingForRetry.add(out);
					try {
						this.scheduler.schedule(() -> {
							if (this.waitingForRetry.remove(out)) {
								attempt(method, params, attempt + 1, true, timeout, out, context, lateAnswer);
							}
						}, delay.toNanos(), TimeUnit.NANOSECONDS);
					}
					catch (java.util.concurrent.RejectedExecutionException ex) {
						this.waitingForRetry.remove(out);
						out.completeExceptionally(new TransportClosedException("This Codex client is closed", null, null));
					}
					if (this.closed.getAsBoolean()) {
						failWaiting(new TransportClosedException("This Codex client is closed", null, null));
					}
					return;
				}
				out.completeExceptionally(cause);
			});
	}

	/** Fails every call waiting for its next attempt (the connection closed or the client is closing). */
	void failWaiting(TransportClosedException reason) {
		for (CompletableFuture<JsonNode> waiting : List.copyOf(this.waitingForRetry)) {
			if (this.waitingForRetry.remove(waiting)) {
				waiting.completeExceptionally(reason.copy());
			}
		}
	}

}
