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
 * Settings come from {@code codex.retry.*} ({@code max-attempts}, {@code initial-delay}, {@code multiplier},
 * {@code max-delay}, {@code jitter}); each attribute here overrides its property when set. String attributes accept
 * {@code ${...}} placeholders. {@code codex.retry.enabled=false} switches the advice off (and the SDK's own retry).
 * <p>
 * <strong>The SDK's automatic retry is switched off inside an advised method.</strong> On its own the SDK retries
 * every single request rejected with {@code -32001} ({@code codex.retry.*} too). Each attempt of an advised method
 * runs inside {@link dev.codexjava.client.Retries#withoutAutomaticRetry}, so requests the method sends
 * <em>synchronously, on the calling thread</em> are not retried by the SDK: the advice's policy alone applies and
 * attempts never multiply (with {@code maxAttempts = 3}, a request is sent at most 3 times, not 3 &times; 3). An
 * advised method called from another advised method runs once per outer attempt (the outermost advice governs).
 * Methods returning {@link java.util.concurrent.CompletionStage} / {@link java.util.concurrent.CompletableFuture}
 * are retried asynchronously when the returned stage fails with an overload; requests they start on other threads
 * keep the SDK's automatic retry.
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

	/** Total number of attempts, the first one included ({@code -1}: {@code codex.retry.max-attempts}). */
	int maxAttempts() default -1;

	/**
	 * Delay before the second attempt, as a duration such as {@code "500ms"} or {@code "2s"} (empty:
	 * {@code codex.retry.initial-delay}).
	 */
	String initialDelay() default "";

	/** Growth factor of the delay between attempts, at least 1 ({@code -1}: {@code codex.retry.multiplier}). */
	double multiplier() default -1;

	/** Largest delay between attempts, such as {@code "10s"} (empty: {@code codex.retry.max-delay}). */
	String maxDelay() default "";

	/**
	 * Random variation of each delay, as a fraction between 0 and 1 of the initial delay (scaled with the back-off)
	 * ({@code -1}: {@code codex.retry.jitter}).
	 */
	double jitter() default -1;

}
