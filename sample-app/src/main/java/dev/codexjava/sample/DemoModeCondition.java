package dev.codexjava.sample;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Decides whether the app runs on the offline demo model: {@code sample.demo-model.enabled} when it is set,
 * otherwise whenever no API key is configured ({@code codex.api-key}, which defaults to {@code OPENAI_API_KEY}).
 */
public final class DemoModeCondition implements Condition {

	/** The property that switches the demo model on or off explicitly. */
	public static final String PROPERTY = "sample.demo-model.enabled";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isDemo(context.getEnvironment());
	}

	/**
	 * Whether the demo model is on in {@code environment}.
	 * @param environment the application's environment
	 * @return {@code true} for the demo model, {@code false} for the real one
	 */
	public static boolean isDemo(Environment environment) {
		String explicit = environment.getProperty(PROPERTY);
		if (explicit != null && !explicit.isBlank()) {
			return Boolean.parseBoolean(explicit.trim());
		}
		String apiKey = environment.getProperty("codex.api-key");
		return apiKey == null || apiKey.isBlank();
	}

}
