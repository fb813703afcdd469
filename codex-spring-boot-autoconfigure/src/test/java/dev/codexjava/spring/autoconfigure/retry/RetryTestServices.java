package dev.codexjava.spring.autoconfigure.retry;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Beans for the retry advice tests. Public, because they are proxied while a {@code FilteredClassLoader} is active.
 */
public final class RetryTestServices {

	private RetryTestServices() {
	}

	/** Fails its first {@code failures} calls with {@code failure}, then answers. */
	public static class Counting {

		private final AtomicInteger calls = new AtomicInteger();

		private volatile int failures;

		private volatile RuntimeException failure;

		public void failFirst(int failures, RuntimeException failure) {
			this.failures = failures;
			this.failure = failure;
		}

		public int calls() {
			return this.calls.get();
		}

		protected String attempt() {
			int call = this.calls.incrementAndGet();
			if (call <= this.failures) {
				throw this.failure;
			}
			return "ok after " + call;
		}

	}

	/** Methods with and without the annotation. */
	public static class Flaky extends Counting {

		@RetryOnOverload
		public String call() {
			return attempt();
		}

		@RetryOnOverload(maxRetries = 1)
		public String twoAttempts() {
			return attempt();
		}

		@RetryOnOverload(maxRetries = 3, delay = "2ms", multiplier = 1.5, maxDelay = "${test.max-delay:5ms}",
				jitter = "1ms")
		public String allAttributes() {
			return attempt();
		}

		/** The attributes' former names still work. */
		@SuppressWarnings("removal")
		@RetryOnOverload(maxAttempts = 3, initialDelay = "1ms")
		public String formerAttributes() {
			return attempt();
		}

		@RetryOnOverload(maxRetries = 2)
		public CompletableFuture<String> callAsync() {
			try {
				return CompletableFuture.completedFuture(attempt());
			}
			catch (RuntimeException ex) {
				return CompletableFuture.failedFuture(ex);
			}
		}

		public String notAnnotated() {
			return attempt();
		}

	}

	/** Annotated on the type: every public method is advised. */
	@RetryOnOverload(maxRetries = 1)
	public static class FlakyType extends Counting {

		public String typeLevel() {
			return attempt();
		}

		public String notAnnotated() {
			return attempt();
		}

		/** A method annotation replaces the type's (properties for the attributes it leaves unset). */
		@RetryOnOverload
		public String call() {
			return attempt();
		}

	}

	/** Calls another advised bean from an advised method. */
	public static class Outer {

		private final Flaky inner;

		private final AtomicInteger calls = new AtomicInteger();

		public Outer(Flaky inner) {
			this.inner = inner;
		}

		public int calls() {
			return this.calls.get();
		}

		@RetryOnOverload(maxRetries = 1)
		public String call() {
			this.calls.incrementAndGet();
			return this.inner.call();
		}

	}

}
