package dev.codexjava.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.env.Environment;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test slice for code that uses Codex, like {@code @WebMvcTest} is for controllers: full auto-configuration is off
 * and only Codex's is applied ({@link AutoConfigureCodex}); component scanning keeps only the beans that configure
 * Codex ({@code CodexConfigCustomizer}, {@code CodexListener}, {@code ApprovalHandler}); and the client runs against an
 * {@link AutoConfigureCodexInMemory in-memory app-server} (the default, no binary needed) or, with
 * {@code inMemory = false}, the real binary and the {@link AutoConfigureCodexMockModel mock model}.
 * <p>
 * The services under test are added like in Boot's other slices: with {@code @Import(MyService.class)} on the test
 * class, or by {@link #includeFilters()}, e.g.
 * {@code @CodexTest(includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = MyService.class))}. The
 * application's {@code @SpringBootConfiguration} is found as for {@code @SpringBootTest}. Contexts are cached across
 * test classes with the same configuration; the server, the mock model and the home are closed with the context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(CodexTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(CodexTypeExcludeFilter.class)
@AutoConfigureCodex
@AutoConfigureCodexInMemory
@AutoConfigureCodexMockModel
@ImportAutoConfiguration
public @interface CodexTest {

	/**
	 * Properties in {@code key=value} form added to the {@link Environment} before the test runs.
	 * @return the properties to add
	 */
	String[] properties() default {};

	/**
	 * Whether Codex runs against the in-memory app-server ({@code true}, the default) or the real binary with the mock
	 * model ({@code false}). Mapped to {@code codex.test.in-memory}.
	 * @return whether the in-memory app-server is used
	 */
	@PropertyMapping("codex.test.in-memory")
	boolean inMemory() default true;

	/**
	 * Whether the default filtering is used with {@code @SpringBootApplication}: only Codex's configuration beans are
	 * kept. With {@code false}, {@link #includeFilters()} alone decides.
	 * @return whether the default filters are used
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Component-scanning filters that add beans to the slice (e.g. the services that use {@code Codex}).
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Component-scanning filters that remove beans the default filters would keep.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configurations to leave out of this slice.
	 * @return the auto-configurations to exclude
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
