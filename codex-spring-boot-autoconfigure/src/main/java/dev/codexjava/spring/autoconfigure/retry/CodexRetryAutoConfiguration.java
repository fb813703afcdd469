package dev.codexjava.spring.autoconfigure.retry;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.function.SingletonSupplier;

import dev.codexjava.client.Codex;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexProperties;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the
 * {@link RetryOnOverload @RetryOnOverload} advice: an infrastructure {@link Advisor} (bean
 * {@value #ADVISOR_BEAN_NAME}) whose pointcut matches beans annotated on the type or on a method, with a
 * {@link RetryOnOverloadInterceptor} built on Spring Framework's core retry. It does not need AspectJ: the advisor has
 * the infrastructure role, which every auto-proxy creator applies (Boot's {@code AopAutoConfiguration} registers
 * {@code InfrastructureAdvisorAutoProxyCreator} without AspectJ, {@code @EnableAspectJAutoProxy} with it); when no
 * auto-proxy creator is registered at all, this configuration registers the infrastructure one, as
 * {@code @EnableTransactionManagement} does.
 * <p>
 * {@code codex.retry.advice.enabled=false} removes the advisor (the SDK's own retry stays, see
 * {@code codex.retry.sdk.enabled}); {@code codex.retry.enabled=false} removes it too, and switches off the SDK's
 * retry. The advice does not depend on {@code codex.enabled}: it also serves an application-defined {@code Codex}.
 * Asynchronous methods are retried on the application's task executor (bean
 * {@value #APPLICATION_TASK_EXECUTOR_BEAN_NAME}, as {@code @Async} uses), else on the common pool, with the caller's
 * context (see {@link RetryOnOverload}).
 */
@AutoConfiguration(after = CodexAutoConfiguration.class,
		afterName = "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration")
@ConditionalOnClass({ Codex.class, Advisor.class })
@ConditionalOnBooleanProperty(name = "codex.retry.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "codex.retry.advice.enabled", matchIfMissing = true)
@Import(CodexRetryAutoConfiguration.AutoProxyRegistrar.class)
public final class CodexRetryAutoConfiguration {

	/** The advisor's bean name. */
	public static final String ADVISOR_BEAN_NAME = "codexRetryOnOverloadAdvisor";

	/** The executor that retries asynchronous methods, when the context has one by this name (Spring Boot's). */
	static final String APPLICATION_TASK_EXECUTOR_BEAN_NAME = "applicationTaskExecutor";

	@Bean(ADVISOR_BEAN_NAME)
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean(name = ADVISOR_BEAN_NAME)
	static Advisor codexRetryOnOverloadAdvisor(ObjectProvider<CodexProperties> properties,
			ObjectProvider<RetryOnOverloadListener> listeners, Environment environment, BeanFactory beanFactory) {
		// everything is resolved lazily: advisors are instantiated while bean post-processors are being set up
		SingletonSupplier<List<RetryOnOverloadListener>> listenerList = SingletonSupplier
			.of(() -> listeners.orderedStream().toList());
		SingletonSupplier<Executor> asyncExecutor = SingletonSupplier.of(() -> asyncExecutor(beanFactory));
		RetryOnOverloadInterceptor interceptor = new RetryOnOverloadInterceptor(
				() -> retrySettings(properties.getIfAvailable(), environment), environment::resolvePlaceholders,
				listenerList, asyncExecutor);
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut(), interceptor);
		// outside of transactions and other advice declared with the default (lowest) precedence, so each attempt
		// gets its own transaction
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return advisor;
	}

	/**
	 * The {@code codex.retry.*} settings: from the {@link CodexProperties} bean, or bound from the environment when
	 * there is none ({@code codex.enabled=false} with an application-defined {@code Codex}).
	 */
	static CodexProperties.Retry retrySettings(CodexProperties properties, Environment environment) {
		if (properties != null) {
			return properties.getRetry();
		}
		return Binder.get(environment)
			.bind("codex.retry", CodexProperties.Retry.class)
			.orElseGet(CodexProperties.Retry::new);
	}

	/** Spring Boot's application task executor when there is one, else the common pool. */
	static Executor asyncExecutor(BeanFactory beanFactory) {
		if (beanFactory.containsBean(APPLICATION_TASK_EXECUTOR_BEAN_NAME)
				&& beanFactory.isTypeMatch(APPLICATION_TASK_EXECUTOR_BEAN_NAME, Executor.class)) {
			return beanFactory.getBean(APPLICATION_TASK_EXECUTOR_BEAN_NAME, Executor.class);
		}
		return ForkJoinPool.commonPool();
	}

	/** Methods of types annotated with {@link RetryOnOverload} (or inheriting it), and annotated methods. */
	static Pointcut pointcut() {
		return new ComposablePointcut(new AnnotationMatchingPointcut(RetryOnOverload.class, true))
			.union(new AnnotationMatchingPointcut(null, RetryOnOverload.class, true));
	}

	/** Makes sure an auto-proxy creator exists (keeps a more capable one, such as AspectJ's, when registered). */
	static class AutoProxyRegistrar implements ImportBeanDefinitionRegistrar {

		@Override
		public void registerBeanDefinitions(AnnotationMetadata importingClassMetadata,
				BeanDefinitionRegistry registry) {
			AopConfigUtils.registerAutoProxyCreatorIfNecessary(registry);
		}

	}

}
