package dev.codexjava.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports the auto-configurations of a Codex slice (see {@link CodexTest}): the {@code Codex} client with its
 * lifecycle ({@code CodexAutoConfiguration}) and the {@code @RetryOnOverload} advice
 * ({@code CodexRetryAutoConfiguration}). They are listed in
 * {@code META-INF/spring/dev.codexjava.spring.test.AutoConfigureCodex.imports}. Health, metrics, observations and
 * actuator support are not imported: use {@code @SpringBootTest} for them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureCodex {

}
