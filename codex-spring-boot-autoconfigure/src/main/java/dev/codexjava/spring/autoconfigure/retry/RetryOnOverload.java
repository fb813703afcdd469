package dev.codexjava.spring.autoconfigure.retry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Retries a bean method (or every method of a bean type) while it fails because Codex is overloaded: a
 * {@link dev.codexjava.error.ServerBusyException} (JSON-RPC {@code -32001}), or a
 * {@link dev.codexjava.client.TurnFailedException} whose {@code codexErrorInfo} is {@code serverOverloaded} (see
 * {@link dev.codexjava.client.Retries#isOverload(Throwable)}). Attempts are spaced by exponential back-off with
 * jitter. Any other exception is rethrown at once; when attempts run out, the <em>original</em> last exception is
 * rethrown (never a wrapper).
 * <p>
 * Settings come from {@code codex.retry.*} ({@code max-retries}, {@code delay}, {@code multiplier},
 * {@code max-delay}, {@code jitter}: the names and meaning of Spring Framework's {@code @Retryable}); each attribute
 * here overrides its property when set. Durations are strings such as {@code "500ms"} or {@code "2s"}, and accept
 * {@code ${...}} placeholders. {@code codex.retry.advice.enabled=false} (or {@code codex.retry.enabled=false})
 * switches the advice off.
 * <p>
 * <strong>The SDK's automatic retry is switched off inside an advised method.</strong> On its own the SDK retries
 * every single request rejected with {@code -32001} ({@code codex.retry.*} too). Each attempt of an advised method
 * runs inside {@link dev.codexjava.client.Retries#withoutAutomaticRetry}, so requests the method sends
 * <em>synchronously, on the calling thread</em> are not retried by the SDK: the advice's policy alone applies and
 * attempts never multiply (with {@code maxRetries = 2}, a request is sent at most 3 times, not 3 &times; 3). An
 * advised method called from another advised method runs once per outer attempt (the outermost advice governs).
 * Methods returning {@link java.util.concurrent.CompletionStage} / {@link java.util.concurrent.CompletableFuture}
 * are retried asynchronously when the returned stage fails with an overload: the retry runs on the application's
 * task executor (bean {@code applicationTaskExecutor}, else the common pool) with the caller's context (MDC, and with
 * Micrometer's context-propagation library the current observation, the security context and any other registered
 * {@code ThreadLocalAccessor}); requests they start on other threads keep the SDK's automatic retry.
 * <p>
 * Works with and without AspectJ: the advice is a Spring AOP advisor applied by the auto-proxy creator, so it acts
 * on calls through the bean's proxy only (not on {@code this.method()} calls inside the bean). Retries and outcomes
 * are counted as {@code codex.retries{source=advice}} and {@code codex.retry.calls} when Micrometer is present.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface RetryOnOverload {

	/**
	 * Most retries after the first attempt, 0 or more ({@code -1}: {@code codex.retry.max-retries}); {@code 2} means
	 * at most 3 attempts.
	 */
	long maxRetries() default -1;

	/**
	 * Total number of attempts, the first one included ({@code -1}: not set). Not together with {@link #maxRetries()}.
	 * @deprecated since 0.1.0 for removal, in favour of {@link #maxRetries()} ({@code maxAttempts - 1})
	 */
	@Deprecated(since = "0.1.0", forRemoval = true)
	int maxAttempts() default -1;

	/** Delay before the first retry, such as {@code "500ms"} or {@code "2s"} (empty: {@code codex.retry.delay}). */
	String delay() default "";

	/**
	 * Delay before the second attempt (empty: not set). Not together with {@link #delay()}.
	 * @deprecated since 0.1.0 for removal, in favour of {@link #delay()}
	 */
	@Deprecated(since = "0.1.0", forRemoval = true)
	String initialDelay() default "";

	/** Growth factor of the delay after each retry, at least 1 ({@code -1}: {@code codex.retry.multiplier}). */
	double multiplier() default -1;

	/** Largest delay between attempts, such as {@code "10s"} (empty: {@code codex.retry.max-delay}). */
	String maxDelay() default "";

	/**
	 * Random variation of the first delay, scaled with the back-off, such as {@code "100ms"}; not larger than the
	 * delay (empty: {@code codex.retry.jitter}; when this annotation sets {@link #delay()}, the properties' ratio of
	 * jitter to delay, a fifth by default).
	 */
	String jitter() default "";

}
