package dev.codexjava.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.CodexTimeoutException;

/** Waiting for the client's futures from blocking code, with their failures unwrapped. */
final class Futures {

	private Futures() {
	}

	/** The failure inside {@link CompletionException} and {@link ExecutionException} wrappers. */
	static Throwable unwrap(Throwable failure) {
		Throwable t = failure;
		while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

	/** Waits for a future and rethrows its failure unwrapped (with the caller's stack for transport errors). */
	static <T> T await(CompletableFuture<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CodexException("Interrupted while waiting for Codex", ex);
		}
		catch (ExecutionException ex) {
			throw TurnTracker.rethrowable(unwrap(ex));
		}
	}

	/** Like {@link #await} with an upper bound. */
	static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
		try {
			return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CodexException("Interrupted while waiting for Codex", ex);
		}
		catch (ExecutionException ex) {
			throw TurnTracker.rethrowable(unwrap(ex));
		}
		catch (TimeoutException ex) {
			throw new CodexTimeoutException(what + " did not finish within " + timeout.toMillis() + " ms", timeout);
		}
	}

}
