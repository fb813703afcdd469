package dev.codexjava.spring.autoconfigure.retry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.framework.autoproxy.InfrastructureAdvisorAutoProxyCreator;
import org.springframework.aop.aspectj.annotation.AnnotationAwareAspectJAutoProxyCreator;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.backoff.ExponentialBackOff;

import dev.codexjava.client.TurnFailedException;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.protocol.model.CodexErrorInfo;
import dev.codexjava.protocol.model.TurnError;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexProperties;
import dev.codexjava.spring.autoconfigure.metrics.CodexMetricsAutoConfiguration;
import dev.codexjava.spring.autoconfigure.retry.RetryTestServices.Flaky;
import dev.codexjava.spring.autoconfigure.retry.RetryTestServices.FlakyType;
import dev.codexjava.spring.autoconfigure.retry.RetryTestServices.Outer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link CodexRetryAutoConfiguration} and the {@link RetryOnOverload @RetryOnOverload} advice, with and
 * without AspectJ. Delays are 1ms; nothing sleeps to synchronise.
 */
public class CodexRetryAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexRetryAutoConfiguration.class,
				CodexMetricsAutoConfiguration.class, AopAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false", "codex.retry.delay=1ms",
				"codex.retry.max-delay=1ms")
		.withBean(SimpleMeterRegistry.class)
		.withBean(Flaky.class)
		.withBean(FlakyType.class);

	static ServerBusyException busy() {
		return new ServerBusyException("turn/start", ServerBusyException.CODE, "Server overloaded; retry later.", null);
	}

	static TurnFailedException turnFailed(String kind) {
		TurnError error = new TurnError("The model is over capacity", new CodexErrorInfo(kind, null), null, null);
		return new TurnFailedException(new TurnResult("turn-1", "thread-1", TurnStatus.FAILED, error, null, null, null,
				null, List.of(), null));
	}

	@Test
	void retriesServerBusyUntilItSucceeds() {
		this.runner.run((context) -> {
			assertThat(context).hasBean(CodexRetryAutoConfiguration.ADVISOR_BEAN_NAME);
			Flaky flaky = context.getBean(Flaky.class);
			assertThat(AopUtils.isAopProxy(flaky)).isTrue();
			flaky.failFirst(2, busy());
			assertThat(flaky.call()).isEqualTo("ok after 3");
			assertThat(flaky.calls()).isEqualTo(3);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("codex.retries").tag("source", "advice").tag("method", "Flaky.call").counter()
				.count()).isEqualTo(2);
			assertThat(registry.get("codex.retry.calls").tag("outcome", "recovered").tag("method", "Flaky.call")
				.counter().count()).isEqualTo(1);
		});
	}

	@Test
	void rethrowsTheOriginalExceptionAfterMaxRetries() {
		// max-retries counts the retries: 3 retries after the first attempt, 4 calls in all
		this.runner.withPropertyValues("codex.retry.max-retries=3").run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			ServerBusyException original = busy();
			flaky.failFirst(Integer.MAX_VALUE, original);
			assertThatThrownBy(flaky::call).isSameAs(original);
			assertThat(flaky.calls()).isEqualTo(4);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("codex.retries").tag("source", "advice").counter().count()).isEqualTo(3);
			assertThat(registry.get("codex.retry.calls").tag("outcome", "exhausted").counter().count()).isEqualTo(1);
		});
	}

	@Test
	void doesNotRetryOtherExceptions() {
		this.runner.run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			IllegalStateException original = new IllegalStateException("not an overload");
			flaky.failFirst(Integer.MAX_VALUE, original);
			assertThatThrownBy(flaky::call).isSameAs(original);
			assertThat(flaky.calls()).isEqualTo(1);
			flaky.failFirst(Integer.MAX_VALUE, turnFailed("usageLimitExceeded"));
			assertThatExceptionOfType(TurnFailedException.class).isThrownBy(flaky::call);
			assertThat(flaky.calls()).isEqualTo(2);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("codex.retry.calls").tag("outcome", "non-retryable").counter().count())
				.isEqualTo(2);
			assertThat(registry.find("codex.retries").counters()).isEmpty();
		});
	}

	@Test
	void retriesTurnsThatFailedBecauseTheServerWasOverloaded() {
		this.runner.run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			flaky.failFirst(1, turnFailed(CodexErrorInfo.SERVER_OVERLOADED));
			assertThat(flaky.call()).isEqualTo("ok after 2");
			assertThat(flaky.calls()).isEqualTo(2);
		});
	}

	@Test
	void firstAttemptSuccessIsCountedAsSuccess() {
		this.runner.run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			assertThat(flaky.call()).isEqualTo("ok after 1");
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("codex.retry.calls").tag("outcome", "success").counter().count()).isEqualTo(1);
		});
	}

	@Test
	void annotationAttributesOverrideProperties() {
		this.runner.withPropertyValues("codex.retry.max-retries=4").run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			flaky.failFirst(Integer.MAX_VALUE, busy());
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(flaky::twoAttempts);
			assertThat(flaky.calls()).isEqualTo(2);
			// the type-level annotation applies to every method of FlakyType without one of its own
			FlakyType type = context.getBean(FlakyType.class);
			type.failFirst(Integer.MAX_VALUE, busy());
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(type::typeLevel);
			assertThat(type.calls()).isEqualTo(2);
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(type::notAnnotated);
			assertThat(type.calls()).isEqualTo(4);
			// a method annotation wins over the type's
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(type::call);
			assertThat(type.calls()).isEqualTo(9);
		});
	}

	@Test
	void settingsMergeEveryAttributeOverTheProperties() throws Exception {
		CodexProperties.Retry defaults = new CodexProperties().getRetry();
		defaults.setMaxRetries(6);
		RetryOnOverload annotation = Flaky.class.getMethod("allAttributes").getAnnotation(RetryOnOverload.class);
		RetryOnOverloadInterceptor.Settings settings = RetryOnOverloadInterceptor.Settings.of("Flaky.allAttributes",
				annotation, defaults, (value) -> value.replace("${test.max-delay:5ms}", "5ms"));
		assertThat(settings.maxRetries()).isEqualTo(3);
		assertThat(settings.delay()).isEqualTo(Duration.ofMillis(2));
		assertThat(settings.multiplier()).isEqualTo(1.5);
		assertThat(settings.maxDelay()).isEqualTo(Duration.ofMillis(5));
		assertThat(settings.jitter()).isEqualTo(Duration.ofMillis(1));
		ExponentialBackOff backOff = (ExponentialBackOff) settings.policy().getBackOff();
		assertThat(backOff.getMaxAttempts()).as("Spring's max attempts of the back-off count retries").isEqualTo(3);
		assertThat(backOff.getInitialInterval()).isEqualTo(2);
		assertThat(backOff.getMultiplier()).isEqualTo(1.5);
		assertThat(backOff.getMaxInterval()).isEqualTo(5);
		assertThat(backOff.getJitter()).isEqualTo(1);
		assertThat(settings.policy().shouldRetry(busy())).isTrue();
		assertThat(settings.policy().shouldRetry(turnFailed(CodexErrorInfo.SERVER_OVERLOADED))).isTrue();
		assertThat(settings.policy().shouldRetry(turnFailed("contextWindowExceeded"))).isFalse();
		assertThat(settings.policy().shouldRetry(new IllegalStateException())).isFalse();

		// without an annotation: the properties (2 retries, 250ms, x2.0, up to 2s, jitter unset = 250ms / 5 = 50ms)
		RetryOnOverloadInterceptor.Settings fromProperties = RetryOnOverloadInterceptor.Settings.of("x", null,
				new CodexProperties().getRetry(), (value) -> value);
		assertThat(fromProperties.maxRetries()).isEqualTo(2);
		ExponentialBackOff defaultBackOff = (ExponentialBackOff) fromProperties.policy().getBackOff();
		assertThat(defaultBackOff.getMaxAttempts()).isEqualTo(2);
		assertThat(defaultBackOff.getInitialInterval()).isEqualTo(250);
		assertThat(defaultBackOff.getMultiplier()).isEqualTo(2.0);
		assertThat(defaultBackOff.getMaxInterval()).isEqualTo(2000);
		assertThat(defaultBackOff.getJitter()).isEqualTo(50);
	}

	@Test
	void maxRetriesCountsRetriesNotAttempts() {
		this.runner.withPropertyValues("codex.retry.max-retries=0").run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			ServerBusyException original = busy();
			flaky.failFirst(1, original);
			assertThatThrownBy(flaky::call).as("no retry at all").isSameAs(original);
			assertThat(flaky.calls()).isEqualTo(1);
		});
		this.runner.withPropertyValues("codex.retry.max-retries=2").run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			flaky.failFirst(Integer.MAX_VALUE, busy());
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(flaky::call);
			assertThat(flaky.calls()).as("the first attempt and 2 retries").isEqualTo(3);
			flaky.failFirst(Integer.MAX_VALUE, busy());
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(flaky::twoAttempts);
			assertThat(flaky.calls()).as("maxRetries = 1: 2 more calls").isEqualTo(5);
		});
	}

	@Test
	void formerAttributeNamesStillApply() {
		this.runner.run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			flaky.failFirst(Integer.MAX_VALUE, busy());
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(flaky::formerAttributes);
			assertThat(flaky.calls()).as("maxAttempts = 3").isEqualTo(3);
		});
		RetryOnOverloadInterceptor.Settings former = RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-1, 3, "", "1s", -1, "", ""), new CodexProperties().getRetry(), (value) -> value);
		assertThat(former.maxRetries()).isEqualTo(2);
		assertThat(former.delay()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void anAnnotationDelayKeepsTheJitterRatioOfTheProperties() {
		CodexProperties.Retry defaults = new CodexProperties().getRetry();
		// jitter unset: a fifth of the delay
		assertThat(RetryOnOverloadInterceptor.Settings.of("Svc.m", new Attributes(-1, -1, "1s", "", -1, "", ""),
				defaults, (value) -> value).jitter()).isEqualTo(Duration.ofMillis(200));
		defaults.setJitter(Duration.ofMillis(125));
		assertThat(RetryOnOverloadInterceptor.Settings.of("Svc.m", new Attributes(-1, -1, "10ms", "", -1, "", ""),
				defaults, (value) -> value).jitter()).isEqualTo(Duration.ofMillis(5));
	}

	@Test
	void placeholdersInAttributesAreResolved() {
		this.runner.withPropertyValues("test.max-delay=3ms").run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			flaky.failFirst(Integer.MAX_VALUE, busy());
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(flaky::allAttributes);
			assertThat(flaky.calls()).isEqualTo(4);
		});
	}

	@Test
	void invalidAttributesAreReportedWithTheMethodName() {
		CodexProperties.Retry defaults = new CodexProperties().getRetry();
		assertThatThrownBy(() -> RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-1, -1, "soon", "", -1, "", ""), defaults, (value) -> value))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Invalid @RetryOnOverload(delay = soon) on Svc.m: must be a duration such as '500ms' or '2s'");
		assertThatThrownBy(() -> RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-2, -1, "", "", -1, "", ""), defaults, (value) -> value))
			.hasMessage("Invalid @RetryOnOverload(maxRetries = -2) on Svc.m: must be 0 or more");
		assertThatThrownBy(() -> RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-1, 0, "", "", -1, "", ""), defaults, (value) -> value))
			.hasMessage("Invalid @RetryOnOverload(maxAttempts = 0) on Svc.m: must be at least 1");
		assertThatThrownBy(() -> RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(2, 3, "", "", -1, "", ""), defaults, (value) -> value))
			.hasMessage("Invalid @RetryOnOverload(maxAttempts = 3) on Svc.m: is the deprecated alias of maxRetries, "
					+ "which is set too: keep only maxRetries (maxAttempts - 1)");
		assertThatThrownBy(() -> RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-1, -1, "1s", "2s", -1, "", ""), defaults, (value) -> value))
			.hasMessageContaining("initialDelay = 2s) on Svc.m: is the deprecated alias of delay");
		assertThatThrownBy(() -> RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-1, -1, "", "", 0.5, "", ""), defaults, (value) -> value))
			.hasMessageContaining("multiplier = 0.5");
		assertThatThrownBy(() -> RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-1, -1, "", "", -1, "", "0.2"), defaults, (value) -> value))
			.hasMessageContaining("jitter = 0.2) on Svc.m: must be a duration");
		assertThatThrownBy(() -> RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-1, -1, "100ms", "", -1, "", "1s"), defaults, (value) -> value))
			.hasMessageContaining("jitter = PT1S) on Svc.m: must not be larger than the delay (PT0.1S)");
		assertThatThrownBy(() -> RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-1, -1, "1s", "", -1, "10ms", ""), defaults, (value) -> value))
			.hasMessageContaining("maxDelay = PT0.01S) on Svc.m: must not be smaller than the delay (PT1S)");
		// a larger delay alone raises the cap from the properties with it
		RetryOnOverloadInterceptor.Settings raised = RetryOnOverloadInterceptor.Settings.of("Svc.m",
				new Attributes(-1, -1, "5s", "", -1, "", ""), defaults, (value) -> value);
		assertThat(raised.maxDelay()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void retriesAsynchronousResults() {
		this.runner.run((context) -> {
			Flaky flaky = context.getBean(Flaky.class);
			flaky.failFirst(2, busy());
			assertThat(flaky.callAsync().get(5, TimeUnit.SECONDS)).isEqualTo("ok after 3");
			ServerBusyException original = busy();
			flaky.failFirst(Integer.MAX_VALUE, original);
			assertThat(flaky.callAsync()).failsWithin(Duration.ofSeconds(5))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.havingCause()
				.isSameAs(original);
			assertThat(flaky.calls()).isEqualTo(6);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("codex.retry.calls").tag("method", "Flaky.callAsync").tag("outcome", "recovered")
				.counter().count()).isEqualTo(1);
			assertThat(registry.get("codex.retry.calls").tag("method", "Flaky.callAsync").tag("outcome", "exhausted")
				.counter().count()).isEqualTo(1);
		});
	}

	@Test
	void nestedAdvisedCallsDoNotMultiplyAttempts() {
		this.runner.withBean(Outer.class).run((context) -> {
			Outer outer = context.getBean(Outer.class);
			Flaky inner = context.getBean(Flaky.class);
			inner.failFirst(Integer.MAX_VALUE, busy());
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(outer::call);
			assertThat(outer.calls()).isEqualTo(2);
			assertThat(inner.calls()).isEqualTo(2);
		});
	}

	@Test
	void worksWithoutAspectJ() {
		this.runner.withClassLoader(new FilteredClassLoader("org.aspectj")).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME))
				.isExactlyInstanceOf(InfrastructureAdvisorAutoProxyCreator.class);
			Flaky flaky = context.getBean(Flaky.class);
			assertThat(AopUtils.isCglibProxy(flaky)).isTrue();
			flaky.failFirst(2, busy());
			assertThat(flaky.call()).isEqualTo("ok after 3");
			ServerBusyException original = busy();
			flaky.failFirst(Integer.MAX_VALUE, original);
			assertThatThrownBy(flaky::twoAttempts).isSameAs(original);
			assertThat(flaky.calls()).isEqualTo(5);
		});
	}

	@Test
	void worksWithAspectJ() {
		this.runner.run((context) -> {
			assertThat(context.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME))
				.isExactlyInstanceOf(AnnotationAwareAspectJAutoProxyCreator.class);
			Flaky flaky = context.getBean(Flaky.class);
			flaky.failFirst(1, busy());
			assertThat(flaky.call()).isEqualTo("ok after 2");
		});
	}

	@Test
	void registersAnAutoProxyCreatorWhenNoneIsConfigured() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexRetryAutoConfiguration.class))
			.withPropertyValues("codex.lifecycle.auto-startup=false", "codex.retry.delay=1ms",
					"codex.retry.max-delay=1ms")
			.withBean(Flaky.class)
			.run((context) -> {
				assertThat(context.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME))
					.isExactlyInstanceOf(InfrastructureAdvisorAutoProxyCreator.class);
				Flaky flaky = context.getBean(Flaky.class);
				flaky.failFirst(1, busy());
				assertThat(flaky.call()).isEqualTo("ok after 2");
			});
	}

	@Test
	void theAdviceServesApplicationsWithoutTheAutoConfiguredClient() {
		this.runner.withPropertyValues("codex.enabled=false", "codex.retry.max-retries=1").run((context) -> {
			assertThat(context).doesNotHaveBean(CodexProperties.class)
				.hasBean(CodexRetryAutoConfiguration.ADVISOR_BEAN_NAME);
			Flaky flaky = context.getBean(Flaky.class);
			flaky.failFirst(Integer.MAX_VALUE, busy());
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(flaky::call);
			assertThat(flaky.calls()).isEqualTo(2);
		});
	}

	@Test
	void retryDisabledMeansNoAdvisorAndNoRetries() {
		this.runner.withPropertyValues("codex.retry.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(CodexRetryAutoConfiguration.ADVISOR_BEAN_NAME);
			Flaky flaky = context.getBean(Flaky.class);
			assertThat(AopUtils.isAopProxy(flaky)).isFalse();
			flaky.failFirst(1, busy());
			assertThatExceptionOfType(ServerBusyException.class).isThrownBy(flaky::call);
			assertThat(flaky.calls()).isEqualTo(1);
		});
	}

	@Test
	void theAdviceHasASwitchOfItsOwn() {
		this.runner.withPropertyValues("codex.retry.advice.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(CodexRetryAutoConfiguration.ADVISOR_BEAN_NAME);
			assertThat(AopUtils.isAopProxy(context.getBean(Flaky.class))).isFalse();
		});
		// the SDK's switch leaves the advice alone
		this.runner.withPropertyValues("codex.retry.sdk.enabled=false").run((context) -> {
			assertThat(context).hasBean(CodexRetryAutoConfiguration.ADVISOR_BEAN_NAME);
			Flaky flaky = context.getBean(Flaky.class);
			flaky.failFirst(1, busy());
			assertThat(flaky.call()).isEqualTo("ok after 2");
		});
	}

	@Test
	void formerPropertyNamesStillConfigureTheAdvice() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexRetryAutoConfiguration.class,
					AopAutoConfiguration.class))
			.withPropertyValues("codex.lifecycle.auto-startup=false", "codex.retry.max-attempts=2",
					"codex.retry.initial-delay=1ms", "codex.retry.max-delay=1ms")
			.withBean(Flaky.class)
			.run((context) -> {
				Flaky flaky = context.getBean(Flaky.class);
				flaky.failFirst(Integer.MAX_VALUE, busy());
				assertThatExceptionOfType(ServerBusyException.class).isThrownBy(flaky::call);
				assertThat(flaky.calls()).isEqualTo(2);
			});
	}

	@Test
	void beansWithoutTheAnnotationAreNotProxied() {
		this.runner.withBean(Plain.class).run((context) -> {
			assertThat(AopUtils.isAopProxy(context.getBean(Plain.class))).isFalse();
			assertThat(AopUtils.isAopProxy(context.getBean(Flaky.class))).isTrue();
		});
	}

	/** A bean without the annotation. */
	public static class Plain {

		public String call() {
			return "plain";
		}

	}

	/** Annotation attributes as a value, for invalid combinations. */
	@SuppressWarnings("all")
	record Attributes(long maxRetries, int maxAttempts, String delay, String initialDelay, double multiplier,
			String maxDelay, String jitter) implements RetryOnOverload {

		@Override
		public Class<? extends java.lang.annotation.Annotation> annotationType() {
			return RetryOnOverload.class;
		}

	}

}
