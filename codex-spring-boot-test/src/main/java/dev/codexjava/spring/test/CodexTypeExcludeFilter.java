package dev.codexjava.spring.test;

import java.util.Set;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.CodexListener;
import dev.codexjava.spring.autoconfigure.CodexConfigCustomizer;

/**
 * The component-scanning filter of {@link CodexTest @CodexTest}: keeps the beans that configure Codex (its
 * customizers, listeners and approval handler) plus what the test's include filters add.
 */
final class CodexTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<CodexTest> {

	private static final Set<Class<?>> KNOWN_INCLUDES = Set.of(CodexConfigCustomizer.class, CodexListener.class,
			ApprovalHandler.class);

	CodexTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

	@Override
	protected Set<Class<?>> getKnownIncludes() {
		return KNOWN_INCLUDES;
	}

}
