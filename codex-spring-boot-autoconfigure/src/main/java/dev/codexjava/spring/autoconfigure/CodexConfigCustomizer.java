package dev.codexjava.spring.autoconfigure;

import dev.codexjava.client.CodexConfig;

/**
 * Callback to customize the auto-configured {@link CodexConfig} before it is built. Customizers run after the
 * {@code codex.*} properties, approval handler and listeners have been applied, in {@link org.springframework.core.Ordered
 * order} ({@link org.springframework.core.annotation.Order @Order}), so they can override any of them.
 */
@FunctionalInterface
public interface CodexConfigCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, already populated from the properties
	 */
	void customize(CodexConfig.Builder builder);

}
