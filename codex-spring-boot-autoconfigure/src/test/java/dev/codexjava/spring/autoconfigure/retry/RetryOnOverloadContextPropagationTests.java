package dev.codexjava.spring.autoconfigure.retry;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.micrometer.context.ContextRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The asynchronous retries of {@link RetryOnOverload @RetryOnOverload} run on another thread with the caller's
 * context: its MDC, its current {@link Observation}, and any value of a {@code ThreadLocalAccessor} registered with
 * Micrometer's context-propagation (here a test {@code ThreadLocal} standing in for Spring Security's
 * {@code SecurityContextHolder}, whose accessor Spring Security registers the same way).
 */
class RetryOnOverloadContextPropagationTests {

	/** A security-context-like thread-local, propagated through a registered accessor. */
	static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();

	private static final String USER_KEY = "test.current-user";

	private final TestObservationRegistry observations = TestObservationRegistry.create();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexRetryAutoConfiguration.class,
				AopAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false", "codex.retry.delay=1ms",
				"codex.retry.max-delay=1ms")
		.withBean(Recording.class, () -> new Recording(this.observations))
		.withBean(RecordingListener.class);

	@BeforeEach
	void registerAccessor() {
		ContextRegistry.getInstance().registerThreadLocalAccessor(USER_KEY, CURRENT_USER);
	}

	@AfterEach
	void removeAccessorAndContext() {
		ContextRegistry.getInstance().removeThreadLocalAccessor(USER_KEY);
		CURRENT_USER.remove();
		MDC.clear();
	}

	@Test
	void retriesRunOnTheApplicationTaskExecutorWithTheCallersContext() {
		this.runner.withBean(CodexRetryAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME,
				ThreadPoolTaskExecutor.class, RetryOnOverloadContextPropagationTests::taskExecutor)
			.run((context) -> {
				Recording recording = context.getBean(Recording.class);
				Observation caller = Observation.start("caller", this.observations);
				CompletableFuture<String> result;
				try (Observation.Scope scope = caller.openScope()) {
					MDC.put("requestId", "req-42");
					CURRENT_USER.set("alice");
					result = recording.callAsync(2);
				}
				finally {
					MDC.clear();
					CURRENT_USER.remove();
				}
				assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("ok after 3");
				caller.stop();
				List<Seen> attempts = recording.attempts();
				assertThat(attempts).hasSize(3);
				// the retries ran on the application's executor, not on the caller's thread nor the common pool
				assertThat(attempts.subList(1, 3)).allSatisfy((seen) -> {
					assertThat(seen.thread()).startsWith("app-task-");
					assertThat(seen.requestId()).isEqualTo("req-42");
					assertThat(seen.observation()).isSameAs(caller);
					assertThat(seen.user()).isEqualTo("alice");
				});
				// the listener heard the outcome with the caller's context too
				RecordingListener listener = context.getBean(RecordingListener.class);
				assertThat(listener.completions()).singleElement().satisfies((seen) -> {
					assertThat(seen.requestId()).isEqualTo("req-42");
					assertThat(seen.user()).isEqualTo("alice");
				});
				// and nothing of the caller's context stays on the executor's threads afterwards
				ThreadPoolTaskExecutor executor = context.getBean(ThreadPoolTaskExecutor.class);
				Seen after = executor.submitCompletable(() -> Seen.now(this.observations)).get(5, TimeUnit.SECONDS);
				assertThat(after.requestId()).isNull();
				assertThat(after.user()).isNull();
				assertThat(after.observation()).isNull();
			});
	}

	@Test
	void withoutAnApplicationTaskExecutorRetriesRunOnTheCommonPoolWithTheCallersContext() {
		this.runner.run((context) -> {
			Recording recording = context.getBean(Recording.class);
			Observation caller = Observation.start("caller", this.observations);
			CompletableFuture<String> result;
			try (Observation.Scope scope = caller.openScope()) {
				MDC.put("requestId", "req-7");
				CURRENT_USER.set("bob");
				result = recording.callAsync(1);
			}
			finally {
				MDC.clear();
				CURRENT_USER.remove();
			}
			assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("ok after 2");
			caller.stop();
			Seen retry = recording.attempts().get(1);
			assertThat(retry.thread()).contains("ForkJoinPool.commonPool");
			assertThat(retry.requestId()).isEqualTo("req-7");
			assertThat(retry.observation()).isSameAs(caller);
			assertThat(retry.user()).isEqualTo("bob");
		});
	}

	@Test
	void aCallWithoutContextLeavesNoneOnTheRetryThread() {
		this.runner.withBean(CodexRetryAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME,
				ThreadPoolTaskExecutor.class, RetryOnOverloadContextPropagationTests::taskExecutor)
			.run((context) -> {
				ThreadPoolTaskExecutor executor = context.getBean(ThreadPoolTaskExecutor.class);
				// a pool thread that has values of its own (leaked by some other task)
				executor.submitCompletable(() -> {
					MDC.put("requestId", "stale");
					CURRENT_USER.set("mallory");
					return null;
				}).get(5, TimeUnit.SECONDS);
				Recording recording = context.getBean(Recording.class);
				assertThat(recording.callAsync(1).get(5, TimeUnit.SECONDS)).isEqualTo("ok after 2");
				Seen retry = recording.attempts().get(1);
				assertThat(retry.thread()).startsWith("app-task-");
				assertThat(retry.requestId()).isNull();
				assertThat(retry.user()).isNull();
			});
	}

	private static ThreadPoolTaskExecutor taskExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("app-task-");
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		return executor;
	}

	/** What one piece of code saw of its context. */
	record Seen(String thread, String requestId, Observation observation, String user) {

		static Seen now(TestObservationRegistry observations) {
			return new Seen(Thread.currentThread().getName(), MDC.get("requestId"),
					observations.getCurrentObservation(), CURRENT_USER.get());
		}

	}

	/** Fails its first calls with an overload, recording the context of every attempt. */
	public static class Recording {

		private final TestObservationRegistry observations;

		private final List<Seen> attempts = new CopyOnWriteArrayList<>();

		private volatile int failures;

		public Recording(TestObservationRegistry observations) {
			this.observations = observations;
		}

		@RetryOnOverload(maxRetries = 3)
		public CompletableFuture<String> callAsync(int failures) {
			if (this.attempts.isEmpty()) {
				this.failures = failures;
			}
			this.attempts.add(Seen.now(this.observations));
			if (this.attempts.size() <= this.failures) {
				return CompletableFuture.failedFuture(CodexRetryAutoConfigurationTests.busy());
			}
			return CompletableFuture.completedFuture("ok after " + this.attempts.size());
		}

		public List<Seen> attempts() {
			return this.attempts;
		}

	}

	/** Records the context its callbacks see. */
	public static class RecordingListener implements RetryOnOverloadListener {

		private final List<Seen> completions = new CopyOnWriteArrayList<>();

		@Override
		public void onCallCompleted(String name, Outcome outcome, int attempts, Throwable failure) {
			this.completions.add(new Seen(Thread.currentThread().getName(), MDC.get("requestId"), null,
					CURRENT_USER.get()));
		}

		List<Seen> completions() {
			return this.completions;
		}

	}

}
