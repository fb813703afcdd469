package dev.codexjava.spring.autoconfigure.retry;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.util.ClassUtils;
import org.springframework.util.backoff.BackOffExecution;

import dev.codexjava.client.Retries;
import dev.codexjava.spring.autoconfigure.CodexProperties;
import dev.codexjava.spring.autoconfigure.retry.RetryOnOverloadListener.Outcome;

/**
 * The {@link RetryOnOverload @RetryOnOverload} advice: re-runs the rest of the interceptor chain with a Spring
 * Framework core {@link RetryTemplate} whose {@link RetryPolicy} retries overload failures only
 * ({@link Retries#isOverload(Throwable)}), each attempt inside {@link Retries#withoutAutomaticRetry}. When attempts
 * run out, the original last exception is rethrown (the {@link RetryException} is unwrapped). Settings are resolved
 * once per method, lazily (advisors are created early, while bean post-processors are set up).
 */
public class RetryOnOverloadInterceptor implements MethodInterceptor {

	private static final Log logger = LogFactory.getLog(RetryOnOverloadInterceptor.class);

	/** Set while an advised call runs on this thread: nested advised calls then run once per outer attempt. */
	private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

	private final Supplier<CodexProperties.Retry> defaults;

	private final Function<String, String> placeholders;

	private final Supplier<List<RetryOnOverloadListener>> listeners;

	private final Supplier<? extends Executor> asyncExecutor;

	private final Map<MethodClassKey, Settings> settings = new ConcurrentHashMap<>();

	/**
	 * An interceptor that retries asynchronous methods on the common pool (with the caller's context).
	 * @param defaults the {@code codex.retry.*} settings (asked on first use of each method)
	 * @param placeholders resolves {@code ${...}} in string attributes
	 * @param listeners the listeners to notify (asked on every call; cache them in the supplier)
	 */
	public RetryOnOverloadInterceptor(Supplier<CodexProperties.Retry> defaults, Function<String, String> placeholders,
			Supplier<List<RetryOnOverloadListener>> listeners) {
		this(defaults, placeholders, listeners, ForkJoinPool::commonPool);
	}

	/**
	 * @param defaults the {@code codex.retry.*} settings (asked on first use of each method)
	 * @param placeholders resolves {@code ${...}} in string attributes
	 * @param listeners the listeners to notify (asked on every call; cache them in the supplier)
	 * @param asyncExecutor runs the retries of asynchronous methods, after the back-off delay (asked on every retry;
	 * cache it in the supplier); each retry runs with the context of the advised call's thread
	 */
	public RetryOnOverloadInterceptor(Supplier<CodexProperties.Retry> defaults, Function<String, String> placeholders,
			Supplier<List<RetryOnOverloadListener>> listeners, Supplier<? extends Executor> asyncExecutor) {
		this.defaults = Objects.requireNonNull(defaults, "defaults");
		this.placeholders = Objects.requireNonNull(placeholders, "placeholders");
		this.listeners = Objects.requireNonNull(listeners, "listeners");
		this.asyncExecutor = Objects.requireNonNull(asyncExecutor, "asyncExecutor");
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (ACTIVE.get() != null) {
			return invocation.proceed();
		}
		Settings settings = settingsFor(invocation);
		if (CompletionStage.class.isAssignableFrom(invocation.getMethod().getReturnType())
				&& invocation.getMethod().getReturnType().isAssignableFrom(CompletableFuture.class)) {
			return invokeAsync(invocation, settings);
		}
		AtomicInteger attempts = new AtomicInteger();
		Throwable[] lastFailure = new Throwable[1];
		RetryTemplate template = new RetryTemplate(settings.policy());
		ACTIVE.set(Boolean.TRUE);
		try {
			Object result = template.execute(new Retryable<>() {

				@Override
				public Object execute() throws Throwable {
					int attempt = attempts.incrementAndGet();
					if (attempt > 1) {
						notifyRetry(settings.name(), attempt - 1, lastFailure[0]);
					}
					try {
						return attempt(invocation);
					}
					catch (Throwable ex) {
						lastFailure[0] = ex;
						throw ex;
					}
				}

				@Override
				public String getName() {
					return settings.name();
				}

			});
			notifyCompleted(settings.name(), (attempts.get() > 1) ? Outcome.RECOVERED : Outcome.SUCCESS,
					attempts.get(), null);
			return result;
		}
		catch (RetryException ex) {
			Throwable failure = ex.getCause();
			notifyCompleted(settings.name(), Retries.isOverload(failure) ? Outcome.EXHAUSTED : Outcome.NON_RETRYABLE,
					attempts.get(), failure);
			throw failure;
		}
		finally {
			ACTIVE.remove();
		}
	}

	/** One attempt: the rest of the chain, with the SDK's automatic retry off on this thread. */
	private static Object attempt(MethodInvocation invocation) throws Throwable {
		MethodInvocation copy = (invocation instanceof ProxyMethodInvocation proxyInvocation)
				? proxyInvocation.invocableClone() : invocation;
		try {
			return Retries.withoutAutomaticRetry(() -> {
				try {
					return copy.proceed();
				}
				catch (Throwable ex) {
					throw new Tunnel(ex);
				}
			});
		}
		catch (Tunnel tunnel) {
			throw tunnel.getCause();
		}
	}

	private Object invokeAsync(MethodInvocation invocation, Settings settings) {
		CompletableFuture<Object> out = new CompletableFuture<>();
		BackOffExecution backOff = settings.policy().getBackOff().start();
		// the caller's MDC, observation, security context...: restored on the threads that complete and retry
		CallerContext context = CallerContext.capture();
		attemptAsync(invocation, settings, backOff, 1, out, context);
		return out;
	}

	private void attemptAsync(MethodInvocation invocation, Settings settings, BackOffExecution backOff, int attempt,
			CompletableFuture<Object> out, CallerContext context) {
		CompletionStage<?> stage;
		ACTIVE.set(Boolean.TRUE);
		try {
			Object returned = attempt(invocation);
			stage = (returned instanceof CompletionStage<?> s) ? s : CompletableFuture.completedFuture(returned);
		}
		catch (Throwable ex) {
			stage = CompletableFuture.failedFuture(ex);
		}
		finally {
			ACTIVE.remove();
		}
		stage.whenComplete(context.wrap((value, failure) -> {
			if (failure == null) {
				notifyCompleted(settings.name(), (attempt > 1) ? Outcome.RECOVERED : Outcome.SUCCESS, attempt, null);
				out.complete(value);
				return;
			}
			Throwable cause = unwrap(failure);
			if (!settings.policy().shouldRetry(cause)) {
				notifyCompleted(settings.name(), Outcome.NON_RETRYABLE, attempt, cause);
				out.completeExceptionally(cause);
				return;
			}
			long delay = backOff.nextBackOff();
			if (delay == BackOffExecution.STOP) {
				notifyCompleted(settings.name(), Outcome.EXHAUSTED, attempt, cause);
				out.completeExceptionally(cause);
				return;
			}
			notifyRetry(settings.name(), attempt, cause);
			Runnable retry = context.wrap(() -> attemptAsync(invocation, settings, backOff, attempt + 1, out, context));
			CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, (task) -> submit(task, settings, attempt,
					cause, out, context)).execute(retry);
		}));
	}

	/** Hands a retry to the executor; when it refuses (shutting down), the call fails with the last overload. */
	private void submit(Runnable retry, Settings settings, int attempt, Throwable lastFailure,
			CompletableFuture<Object> out, CallerContext context) {
		try {
			this.asyncExecutor.get().execute(retry);
		}
		catch (RuntimeException ex) {
			lastFailure.addSuppressed(ex);
			context.wrap(() -> notifyCompleted(settings.name(), Outcome.EXHAUSTED, attempt, lastFailure)).run();
			out.completeExceptionally(lastFailure);
		}
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	private void notifyRetry(String name, int attempt, Throwable failure) {
		if (logger.isDebugEnabled()) {
			logger.debug(name + " failed because Codex is overloaded (attempt " + attempt + "); retrying: " + failure);
		}
		for (RetryOnOverloadListener listener : this.listeners.get()) {
			try {
				listener.onRetry(name, attempt, failure);
			}
			catch (RuntimeException ex) {
				logger.warn("RetryOnOverloadListener failed", ex);
			}
		}
	}

	private void notifyCompleted(String name, Outcome outcome, int attempts, Throwable failure) {
		for (RetryOnOverloadListener listener : this.listeners.get()) {
			try {
				listener.onCallCompleted(name, outcome, attempts, failure);
			}
			catch (RuntimeException ex) {
				logger.warn("RetryOnOverloadListener failed", ex);
			}
		}
	}

	// ------------------------------------------------------------------ settings

	private Settings settingsFor(MethodInvocation invocation) {
		Method method = invocation.getMethod();
		Object target = invocation.getThis();
		Class<?> targetClass = (target != null) ? AopUtils.getTargetClass(target) : method.getDeclaringClass();
		return this.settings.computeIfAbsent(new MethodClassKey(method, targetClass),
				(key) -> resolve(method, targetClass));
	}

	private Settings resolve(Method method, Class<?> targetClass) {
		Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
		RetryOnOverload annotation = AnnotatedElementUtils.findMergedAnnotation(specific, RetryOnOverload.class);
		if (annotation == null && specific != method) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(method, RetryOnOverload.class);
		}
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(targetClass, RetryOnOverload.class);
		}
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), RetryOnOverload.class);
		}
		Class<?> userClass = ClassUtils.getUserClass(targetClass);
		String simpleName = userClass.getSimpleName().isEmpty() ? ClassUtils.getShortName(userClass)
				: userClass.getSimpleName();
		String name = simpleName + "." + method.getName();
		return Settings.of(name, annotation, this.defaults.get(), this.placeholders);
	}

	/**
	 * The effective settings of one advised method.
	 *
	 * @param name {@code SimpleClassName.method}
	 * @param maxRetries most retries after the first attempt
	 * @param delay delay before the first retry
	 * @param multiplier delay growth factor
	 * @param maxDelay largest delay
	 * @param jitter random variation of the first delay, scaled with the back-off
	 * @param policy the policy built from the above
	 */
	public record Settings(String name, long maxRetries, Duration delay, double multiplier, Duration maxDelay,
			Duration jitter, RetryPolicy policy) {

		/**
		 * Merges {@code annotation} (may be {@code null}) over {@code defaults}.
		 * @throws IllegalStateException if an attribute is invalid; the message names the method and the attribute
		 */
		@SuppressWarnings("removal")
		public static Settings of(String name, RetryOnOverload annotation, CodexProperties.Retry defaults,
				Function<String, String> placeholders) {
			long maxRetries = defaults.getMaxRetries();
			Duration delay = defaults.getDelay();
			double multiplier = defaults.getMultiplier();
			Duration maxDelay = defaults.getMaxDelay();
			Duration jitter = defaults.jitterOrDefault();
			boolean maxDelaySet = false;
			boolean jitterSet = false;
			if (annotation != null) {
				check(annotation.maxRetries() == -1 || annotation.maxAttempts() == -1, name, "maxAttempts",
						annotation.maxAttempts(), "is the deprecated alias of maxRetries, which is set too: keep only "
								+ "maxRetries (maxAttempts - 1)");
				if (annotation.maxRetries() != -1) {
					maxRetries = annotation.maxRetries();
					check(maxRetries >= 0 && maxRetries <= Integer.MAX_VALUE, name, "maxRetries", maxRetries,
							"must be 0 or more");
				}
				if (annotation.maxAttempts() != -1) {
					check(annotation.maxAttempts() >= 1, name, "maxAttempts", annotation.maxAttempts(),
							"must be at least 1");
					maxRetries = annotation.maxAttempts() - 1L;
				}
				check(annotation.delay().isEmpty() || annotation.initialDelay().isEmpty(), name, "initialDelay",
						annotation.initialDelay(), "is the deprecated alias of delay, which is set too: keep only delay");
				String delayAttribute = annotation.delay().isEmpty() ? "initialDelay" : "delay";
				String delayValue = annotation.delay().isEmpty() ? annotation.initialDelay() : annotation.delay();
				if (!delayValue.isEmpty()) {
					Duration propertiesDelay = delay;
					delay = duration(name, delayAttribute, delayValue, placeholders);
					// the jitter keeps its ratio to the delay unless set too
					jitter = propertiesDelay.isZero() ? Duration.ZERO
							: Duration.ofNanos((long) (delay.toNanos()
									* ((double) jitter.toNanos() / propertiesDelay.toNanos())));
				}
				if (annotation.multiplier() != -1) {
					multiplier = annotation.multiplier();
					check(multiplier >= 1.0 && !Double.isInfinite(multiplier), name, "multiplier", multiplier,
							"must be a number of at least 1.0");
				}
				if (!annotation.maxDelay().isEmpty()) {
					maxDelay = duration(name, "maxDelay", annotation.maxDelay(), placeholders);
					maxDelaySet = true;
				}
				if (!annotation.jitter().isEmpty()) {
					jitter = duration(name, "jitter", annotation.jitter(), placeholders);
					jitterSet = true;
				}
			}
			if (maxDelay.compareTo(delay) < 0) {
				if (maxDelaySet) {
					check(false, name, "maxDelay", maxDelay, "must not be smaller than the delay (" + delay + ")");
				}
				// only the delay was overridden: the cap follows it
				maxDelay = delay;
			}
			if (jitter.compareTo(delay) > 0) {
				check(!jitterSet, name, "jitter", jitter, "must not be larger than the delay (" + delay + ")");
				jitter = delay;
			}
			RetryPolicy.Builder builder = RetryPolicy.builder()
				.predicate(Retries::isOverload)
				.maxRetries(maxRetries)
				.delay(delay)
				.multiplier(multiplier);
			if (!maxDelay.isZero()) {
				builder.maxDelay(maxDelay);
			}
			if (jitter.toMillis() > 0) {
				builder.jitter(jitter);
			}
			return new Settings(name, maxRetries, delay, multiplier, maxDelay, jitter, builder.build());
		}

		private static Duration duration(String name, String attribute, String value,
				Function<String, String> placeholders) {
			String resolved = placeholders.apply(value).trim();
			Duration duration;
			try {
				duration = org.springframework.boot.convert.DurationStyle.detectAndParse(resolved);
			}
			catch (IllegalArgumentException ex) {
				throw invalid(name, attribute, value, "must be a duration such as '500ms' or '2s'");
			}
			check(!duration.isNegative(), name, attribute, value, "must not be negative");
			return duration;
		}

		private static void check(boolean valid, String name, String attribute, Object value, String reason) {
			if (!valid) {
				throw invalid(name, attribute, value, reason);
			}
		}

		private static IllegalStateException invalid(String name, String attribute, Object value, String reason) {
			return new IllegalStateException("Invalid @RetryOnOverload(" + attribute + " = " + value + ") on " + name
					+ ": " + reason);
		}

	}

	/** Carries a checked failure through {@link Retries#withoutAutomaticRetry}'s {@code Supplier}. */
	private static final class Tunnel extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Tunnel(Throwable cause) {
			super(null, cause, false, false);
		}

	}

}
