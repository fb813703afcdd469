package dev.codexjava.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Runs the application's {@code Codex} against the real {@code codex} binary and the testkit's scripted
 * {@link dev.codexjava.testkit.MockModel}: registers a {@code MockModel} and a {@link dev.codexjava.testkit.MockCodexHome}
 * wired to it as beans, and sets {@code codex.codex-home} and (unless set) {@code codex.binary} (from
 * {@link dev.codexjava.testkit.CodexBinaries#require()}) and {@code codex.working-directory} (the home) through a
 * {@link org.springframework.test.context.DynamicPropertyRegistrar}. Both beans live as long as the application
 * context: a context cached for several test classes keeps them, and they are closed (the model stopped, the home
 * deleted) when the context closes, after the app-server has stopped. What a test queued and what the model recorded
 * is forgotten after each test method (see {@link CodexTestExecutionListener}).
 * <p>
 * Use it on a {@code @SpringBootTest}, or through {@link CodexTest @CodexTest(inMemory = false)}. The attributes are
 * mapped to {@code codex.test.mock-model.*} properties, so contexts that differ in them are cached separately.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("codex.test.mock-model")
public @interface AutoConfigureCodexMockModel {

	/** The home's {@code approval_policy}: {@code never} (the default), {@code on-request}, {@code untrusted}. */
	String approvalPolicy() default "never";

	/** The home's {@code sandbox_mode}: {@code read-only} (the default), {@code workspace-write}, ... */
	String sandboxMode() default "read-only";

}
