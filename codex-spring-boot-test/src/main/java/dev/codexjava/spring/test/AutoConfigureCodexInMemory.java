package dev.codexjava.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Runs the application's {@code Codex} against an {@link dev.codexjava.testkit.InMemoryCodexServer} instead of the
 * {@code codex} binary: the server is a bean of the context (inject it to script turns and read what the client sent),
 * and the auto-configured {@code Codex} (its {@code CodexConfig}, listeners, approval handler and lifecycle unchanged)
 * connects to it through {@link dev.codexjava.client.Codex#create(dev.codexjava.client.CodexConfig,
 * java.util.function.Supplier)}. No binary, no model, no process. The server is closed with the context; scripts and
 * recordings are reset after each test method (see {@link CodexTestExecutionListener}).
 * <p>
 * Use it on a {@code @SpringBootTest}, or through {@link CodexTest @CodexTest} (its default). An application-defined
 * {@code Codex} bean takes precedence and is left alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureCodexInMemory {

}
