package dev.codexjava.spring.autoconfigure.retry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexLifecycle;
import dev.codexjava.spring.autoconfigure.metrics.CodexMetricsAutoConfiguration;
import dev.codexjava.testkit.InMemoryCodexServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The advice around a real {@link Codex} whose app-server (an in-memory double, for fault injection) answers
 * {@code thread/start} with {@code -32001}: the SDK's automatic retry is off inside advised methods, so the advice's
 * attempts are the only ones, and it gives up after the configured attempts with the SDK's exception.
 */
public class RetryOnOverloadCodexTests {

	private final InMemoryCodexServer server = new InMemoryCodexServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexRetryAutoConfiguration.class,
				CodexMetricsAutoConfiguration.class, AopAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
		.withPropertyValues("codex.retry.max-retries=2", "codex.retry.delay=1ms", "codex.retry.max-delay=1ms")
		.withBean(InMemoryCodexServer.class, () -> this.server)
		.withUserConfiguration(InMemoryCodexConfiguration.class)
		.withBean(ThreadStarter.class)
		.withBean(GoalRunner.class);

	@Test
	void theSdkDoesNotRetryInsideAnAdvisedMethod() {
		this.server.respond("thread/start", InMemoryCodexServer.OVERLOADED);
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(CodexLifecycle.class);
			Codex codex = context.getBean(Codex.class);
			assertThat(codex.isRunning()).isTrue();
			// outside the advice, the SDK retries by itself: codex.retry.max-retries=2 makes 3 requests
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(codex::startThread);
			assertThat(this.server.requestCount("thread/start")).isEqualTo(3);
			// inside the advice (maxRetries = 1) the SDK sends each attempt once: 2 requests, not 2 x 3
			ThreadStarter starter = context.getBean(ThreadStarter.class);
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(starter::startWithTwoAttempts)
				.satisfies((ex) -> assertThat(ex.method()).isEqualTo("thread/start"));
			assertThat(this.server.requestCount("thread/start")).isEqualTo(5);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("codex.retries").tag("source", "sdk").tag("method", "thread/start").counter()
				.count()).isEqualTo(2);
			assertThat(registry.get("codex.retries").tag("source", "advice")
				.tag("method", "ThreadStarter.startWithTwoAttempts")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void withTheSdksRetrySwitchedOffOnlyTheAdviceRetries() {
		this.server.respond("thread/start", InMemoryCodexServer.OVERLOADED);
		this.runner.withPropertyValues("codex.retry.sdk.enabled=false").run((context) -> {
			assertThat(context).hasBean(CodexRetryAutoConfiguration.ADVISOR_BEAN_NAME);
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(context.getBean(Codex.class)::startThread);
			assertThat(this.server.requestCount("thread/start")).as("the SDK sends it once").isEqualTo(1);
			assertThatExceptionOfType(ServerBusyException.class)
				.isThrownBy(context.getBean(ThreadStarter.class)::start);
			assertThat(this.server.requestCount("thread/start")).as("the advice: 1 + max-retries").isEqualTo(4);
		});
	}

	@Test
	void withTheAdviceSwitchedOffOnlyTheSdkRetries() {
		this.server.respond("thread/start", InMemoryCodexServer.OVERLOADED);
		this.runner.withPropertyValues("codex.retry.advice.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(CodexRetryAutoConfiguration.ADVISOR_BEAN_NAME);
			ThreadStarter starter = context.getBean(ThreadStarter.class);
			assertThat(AopUtils.isAopProxy(starter)).isFalse();
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(starter::startWithTwoAttempts);
			assertThat(this.server.requestCount("thread/start")).as("the SDK: 1 + max-retries, the advice: none")
				.isEqualTo(3);
		});
	}

	@Test
	void givesUpAfterTheConfiguredAttempts() {
		this.server.respond("thread/start", InMemoryCodexServer.OVERLOADED);
		this.runner.withPropertyValues("codex.retry.max-retries=3").run((context) -> {
			ThreadStarter starter = context.getBean(ThreadStarter.class);
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(starter::start)
				.withMessage("thread/start failed: JSON-RPC error -32001: Server overloaded; retry later.");
			assertThat(this.server.requestCount("thread/start")).isEqualTo(4);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("codex.client.requests").tag("method", "thread/start")
				.tag("outcome", "ServerBusyException")
				.timer()
				.count()).isEqualTo(4);
			assertThat(registry.get("codex.retries").tag("source", "advice").counter().count()).isEqualTo(3);
			assertThat(registry.find("codex.retries").tag("source", "sdk").counters()).isEmpty();
			assertThat(registry.get("codex.retry.calls").tag("method", "ThreadStarter.start")
				.tag("outcome", "exhausted")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void recoversWhenTheServerAcceptsARetry() {
		this.server.respondNext("thread/start", InMemoryCodexServer.OVERLOADED, InMemoryCodexServer.OVERLOADED);
		this.runner.withClassLoader(new FilteredClassLoader("org.aspectj")).run((context) -> {
			ThreadStarter starter = context.getBean(ThreadStarter.class);
			assertThat(starter.start().id()).isEqualTo("thread-1");
			assertThat(this.server.requestCount("thread/start")).isEqualTo(3);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("codex.retry.calls").tag("outcome", "recovered").counter().count()).isEqualTo(1);
			assertThat(registry.get("codex.client.requests").tag("method", "thread/start").tag("outcome", "success")
				.timer()
				.count()).isEqualTo(1);
		});
	}

	/**
	 * The async path: the advised method returns the future of a goal, whose {@code thread/goal/clear} the SDK sends
	 * from a worker thread after {@code thread/read} was answered, outside the advice's attempt. The suppression
	 * travels with the goal, so each attempt sends it once: 2 requests, not 2 x 3.
	 */
	@Test
	void theSdkDoesNotRetryTheRequestsOfAnAdvisedAsyncGoal() {
		this.server.respond("thread/goal/clear", InMemoryCodexServer.OVERLOADED);
		this.runner.run((context) -> {
			CodexThread thread = context.getBean(Codex.class).startThread();
			GoalRunner runner = context.getBean(GoalRunner.class);
			// the first attempt's thread/read is answered only once the advised method has returned: its
			// thread/goal/clear is then certainly sent from a worker thread, outside the attempt
			this.server.hold("thread/read");
			CompletableFuture<TurnResult> goal = runner.runGoal(thread, "ship it");
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> this.server.requestCount("thread/read") == 1);
			assertThat(goal).isNotDone();
			this.server.release("thread/read");
			assertThat(goal).failsWithin(Duration.ofSeconds(10))
				.withThrowableOfType(ExecutionException.class)
				.havingCause()
				.isInstanceOf(ServerBusyException.class);
			assertThat(this.server.requestCount("thread/read")).isEqualTo(2);
			assertThat(this.server.requestCount("thread/goal/clear")).isEqualTo(2);
			assertThat(this.server.requestCount("thread/goal/set")).isZero();
			assertThat(thread.isBusy()).isFalse();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("codex.retries").tag("source", "sdk").counters()).isEmpty();
			assertThat(registry.get("codex.retries").tag("source", "advice")
				.tag("method", "GoalRunner.runGoal")
				.counter()
				.count()).isEqualTo(1);
			assertThat(registry.get("codex.retry.calls").tag("method", "GoalRunner.runGoal")
				.tag("outcome", "exhausted")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	/** A {@link Codex} over the in-memory app-server, with the auto-configured {@link CodexConfig} (listeners). */
	@Configuration(proxyBeanMethods = false)
	static class InMemoryCodexConfiguration {

		@Bean(destroyMethod = "close")
		Codex codex(CodexConfig config, InMemoryCodexServer server) {
			return Codex.create(config, server::connect);
		}

	}

	/** Starts threads, with the advice. */
	public static class ThreadStarter {

		private final Codex codex;

		public ThreadStarter(Codex codex) {
			this.codex = codex;
		}

		@RetryOnOverload
		public CodexThread start() {
			return this.codex.startThread();
		}

		@RetryOnOverload(maxRetries = 1)
		public CodexThread startWithTwoAttempts() {
			return this.codex.startThread();
		}

	}

	/** Runs goals asynchronously, with the advice. */
	public static class GoalRunner {

		@RetryOnOverload(maxRetries = 1)
		public CompletableFuture<TurnResult> runGoal(CodexThread thread, String objective) {
			return thread.runGoalAsync(objective);
		}

	}

}
