package dev.codexjava.spring.autoconfigure.retry;

/**
 * Observes the {@link RetryOnOverload @RetryOnOverload} advice, for example to count retries (the metrics
 * auto-configuration registers one for Micrometer). Every {@code RetryOnOverloadListener} bean is called. Callbacks
 * run on the caller's thread (for asynchronous methods, on the thread that completed the attempt or ran the retry,
 * with the caller's context: MDC, observation, ...): they must be quick and must not throw.
 */
public interface RetryOnOverloadListener {

	/**
	 * An advised call failed because Codex was overloaded and is about to be retried (after the back-off delay).
	 * @param name the advised method as {@code SimpleClassName.methodName}
	 * @param attempt the attempt that failed (1-based)
	 * @param failure its failure
	 */
	default void onRetry(String name, int attempt, Throwable failure) {
	}

	/**
	 * An advised call finished.
	 * @param name the advised method as {@code SimpleClassName.methodName}
	 * @param outcome how it finished
	 * @param attempts how many attempts it made
	 * @param failure the failure rethrown to the caller, or {@code null} on success
	 */
	default void onCallCompleted(String name, Outcome outcome, int attempts, Throwable failure) {
	}

	/** How an advised call finished. */
	enum Outcome {

		/** The first attempt succeeded. */
		SUCCESS("success"),
		/** An attempt after one or more overload failures succeeded. */
		RECOVERED("recovered"),
		/** Every attempt failed with an overload; the last overload failure was rethrown. */
		EXHAUSTED("exhausted"),
		/** An attempt failed with something other than an overload, which was rethrown without retrying. */
		NON_RETRYABLE("non-retryable");

		private final String tagValue;

		Outcome(String tagValue) {
			this.tagValue = tagValue;
		}

		/** The lower-case value used as a metric tag. */
		public String tagValue() {
			return this.tagValue;
		}

	}

}
