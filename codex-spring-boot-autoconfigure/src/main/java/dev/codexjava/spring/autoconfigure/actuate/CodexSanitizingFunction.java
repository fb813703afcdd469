package dev.codexjava.spring.autoconfigure.actuate;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.core.env.PropertyResolver;

/**
 * Masks the values of Codex properties that hold secrets, in any of their spellings ({@code codex.api-key},
 * {@code codex.apiKey} in {@code configprops}, {@code CODEX_API_KEY} in the system environment):
 * <ul>
 * <li>{@code codex.api-key};</li>
 * <li>every {@code codex.env.*} entry (environment variables for the app-server, typically credentials);</li>
 * <li>{@code codex.config.*} keys whose name contains {@code key}, {@code token}, {@code secret},
 * {@code password}, {@code credential}, {@code bearer} or {@code authorization};</li>
 * <li>any property, under whatever name, whose value is the configured API key (for example the
 * {@code OPENAI_API_KEY} variable that {@code codex.api-key=${OPENAI_API_KEY}} reads).</li>
 * </ul>
 * Everything else is returned unchanged, so other sanitizing functions still apply.
 */
final class CodexSanitizingFunction implements SanitizingFunction {

	/** Shorter values are not matched by value: too likely to be an unrelated setting. */
	static final int MIN_MATCHED_KEY_LENGTH = 8;

	private static final List<String> SECRET_WORDS = List.of("key", "token", "secret", "password", "credential",
			"bearer", "authorization");

	private final Supplier<String> apiKey;

	/**
	 * A function that reads the configured API key from {@code apiKey} each time it is applied.
	 * @param apiKey the current value of {@code codex.api-key}, or {@code null}
	 */
	CodexSanitizingFunction(Supplier<String> apiKey) {
		this.apiKey = apiKey;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		if (data.getValue() == null) {
			return data;
		}
		if (isSecretKey(data.getKey()) || isApiKey(data.getValue())) {
			return data.withSanitizedValue();
		}
		return data;
	}

	private boolean isApiKey(Object value) {
		String key = this.apiKey.get();
		return key != null && key.strip().length() >= MIN_MATCHED_KEY_LENGTH
				&& value.toString().strip().equals(key.strip());
	}

	/**
	 * Whether {@code key} names a Codex property that holds a secret, in its canonical ({@code codex.api-key}),
	 * camel-case ({@code codex.apiKey}) or environment variable ({@code CODEX_API_KEY}) spelling.
	 */
	static boolean isSecretKey(String key) {
		if (key == null) {
			return false;
		}
		// codex.api-key, codex.apiKey, CODEX_API_KEY, codex.api_key -> codex.apikey / codex.api.key
		String dotted = key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
		if (!dotted.startsWith("codex.")) {
			return false;
		}
		if (dotted.equals("codex.apikey") || dotted.equals("codex.api.key")) {
			return true;
		}
		if (dotted.startsWith("codex.env.") || dotted.startsWith("codex.env[")) {
			return true;
		}
		if (dotted.startsWith("codex.config.") || dotted.startsWith("codex.config[")) {
			String rest = dotted.substring("codex.config".length());
			return SECRET_WORDS.stream().anyMatch(rest::contains);
		}
		return false;
	}

	/** The configured {@code codex.api-key}, or {@code null} when it is not set or cannot be resolved. */
	static String apiKey(PropertyResolver resolver) {
		try {
			return resolver.getProperty("codex.api-key");
		}
		catch (RuntimeException ex) {
			return null; // an unresolvable placeholder: nothing to match by value
		}
	}

}
