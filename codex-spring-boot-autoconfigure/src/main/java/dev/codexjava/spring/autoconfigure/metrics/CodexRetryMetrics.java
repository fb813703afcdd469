package dev.codexjava.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import dev.codexjava.spring.autoconfigure.retry.RetryOnOverloadListener;

/**
 * Counts the {@link dev.codexjava.spring.autoconfigure.retry.RetryOnOverload @RetryOnOverload} advice's work:
 * {@value CodexMeterNames#RETRIES} with {@code source=advice} for each retry, and
 * {@value CodexMeterNames#RETRY_CALLS} with {@code outcome} = {@code success}, {@code recovered}, {@code exhausted}
 * or {@code non-retryable} for each call. {@code method} is the advised method as {@code SimpleClassName.method}.
 * The advice retries a Java method, not a call to one server: its retries are tagged {@code codex.server=any} (the
 * same tag keys as the SDK's retries, as registries such as Prometheus require).
 */
public class CodexRetryMetrics implements RetryOnOverloadListener {

	private final MeterRegistry registry;

	public CodexRetryMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onRetry(String name, int attempt, Throwable failure) {
		CodexMeterNames
			.retries(this.registry, CodexMetricsListener.valueOrUnknown(name), CodexMeterNames.SOURCE_ADVICE,
					CodexMeterNames.ANY_SERVER)
			.increment();
	}

	@Override
	public void onCallCompleted(String name, Outcome outcome, int attempts, Throwable failure) {
		Counter.builder(CodexMeterNames.RETRY_CALLS)
			.description("Calls of @RetryOnOverload methods, by outcome")
			.tags(CodexMeterNames.TAG_METHOD, CodexMetricsListener.valueOrUnknown(name), CodexMeterNames.TAG_OUTCOME,
					outcome.tagValue())
			.register(this.registry)
			.increment();
	}

}
