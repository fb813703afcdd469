package dev.codexjava.spring.autoconfigure.actuate;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Masks the values of Codex properties that hold secrets, and every other property that contains one. By name, in
 * any spelling ({@code codex.api-key}, {@code codex.apiKey} in {@code configprops}, {@code CODEX_API_KEY} in the
 * system environment):
 * <ul>
 * <li>{@code codex.api-key};</li>
 * <li>every {@code codex.env.*} entry (environment variables for the app-server, typically credentials);</li>
 * <li>{@code codex.servers[i].*} keys whose last segment contains one of the words below, except file paths
 * ({@code token-file}, {@code jwt.secret-file}) and {@code allow-credentials-in-clear}: a token typed in directly
 * (such as a mistaken {@code codex.servers[0].token}) is masked, the path of a token file is shown;</li>
 * <li>{@code codex.config.*} keys whose name contains {@code key}, {@code token}, {@code secret},
 * {@code password}, {@code credential}, {@code bearer} or {@code authorization} (so also
 * {@code experimental_bearer_token}), and every value under an {@code http_headers}, {@code env_http_headers},
 * {@code env} or {@code shell_environment_policy.set} table (header values and environment variables).</li>
 * </ul>
 * By value: every property, under whatever name, whose value <em>contains</em> one of those secrets (at least
 * {@value #MIN_MATCHED_LENGTH} characters long), as they are set in any property source: for example
 * {@code sun.java.command} or {@code JAVA_TOOL_OPTIONS} with {@code --codex.api-key=...} inside,
 * {@code SPRING_APPLICATION_JSON}, or the {@code OPENAI_API_KEY} variable that {@code codex.api-key=${OPENAI_API_KEY}}
 * reads. The user-info of URLs ({@code https://user:password@host}) is replaced by {@code ******} in any value, so a
 * password in a provider's {@code base_url} stays hidden while the host remains visible. Everything else is returned
 * unchanged, so other sanitizing functions still apply.
 */
final class CodexSanitizingFunction implements SanitizingFunction {

	/** Shorter secrets are not matched inside other values: too likely to be part of an unrelated setting. */
	static final int MIN_MATCHED_LENGTH = 8;

	private static final List<String> SECRET_WORDS = List.of("key", "token", "secret", "password", "credential",
			"bearer", "authorization");

	/** Tables under {@code codex.config} whose every value is a secret (with '_' spelled '.'). */
	private static final List<String> SECRET_TABLES = List.of("http.headers", "environment.policy.set");

	/** The user-info of a URL: {@code scheme://} then anything up to {@code @} that is not a path or a space. */
	private static final Pattern URL_USER_INFO = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)([^/?#@\\s\"']+)@");

	private final Supplier<Set<String>> secrets;

	/**
	 * A function that reads the secrets to look for from {@code secrets} each time it is applied.
	 * @param secrets the secret values currently configured (see {@link #secrets(Environment)})
	 */
	CodexSanitizingFunction(Supplier<Set<String>> secrets) {
		this.secrets = secrets;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		Object value = data.getValue();
		if (value == null) {
			return data;
		}
		if (isSecretKey(data.getKey())) {
			return data.withSanitizedValue();
		}
		String text = value.toString();
		String masked = maskUserInfo(text);
		if (containsSecret(masked)) {
			return data.withSanitizedValue();
		}
		return masked.equals(text) ? data : data.withValue(masked);
	}

	private boolean containsSecret(String text) {
		for (String secret : this.secrets.get()) {
			if (text.contains(secret)) {
				return true;
			}
		}
		return false;
	}

	/** {@code text} with the user-info of every URL in it replaced by {@code ******}. */
	static String maskUserInfo(String text) {
		if (!text.contains("@")) {
			return text;
		}
		String replacement = "$1" + Matcher.quoteReplacement(SanitizableData.SANITIZED_VALUE) + "@";
		return URL_USER_INFO.matcher(text).replaceAll(replacement);
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
		if (dotted.startsWith("codex.servers.") || dotted.startsWith("codex.servers[")) {
			// token-file and jwt.secret-file are paths (fine to show); a token or secret typed in directly is not
			String[] segments = dotted.split("[.\\[\\]]+");
			String leaf = segments[segments.length - 1];
			return !leaf.endsWith("file") && !leaf.equals("allowcredentialsinclear")
					&& SECRET_WORDS.stream().anyMatch(leaf::contains);
		}
		if (dotted.startsWith("codex.config.") || dotted.startsWith("codex.config[")) {
			String rest = dotted.substring("codex.config".length());
			if (SECRET_WORDS.stream().anyMatch(rest::contains) || SECRET_TABLES.stream().anyMatch(rest::contains)) {
				return true;
			}
			// an "env" table anywhere below (mcp_servers.x.env.NAME), but not "environment" or "env_key"
			List<String> segments = Arrays.asList(rest.split("[.\\[\\]]+"));
			int env = segments.indexOf("env");
			return env >= 0 && env < segments.size() - 1;
		}
		return false;
	}

	/**
	 * The secrets configured in {@code environment}: the values of every property that {@link #isSecretKey names a
	 * secret}, in every property source (also those overridden by another source) and as resolved, plus the user-info
	 * of URLs in {@code codex.*} values; only those at least {@value #MIN_MATCHED_LENGTH} characters long.
	 * @param environment the environment, or {@code null}
	 * @return the secrets, never {@code null}
	 */
	static Set<String> secrets(Environment environment) {
		Set<String> secrets = new LinkedHashSet<>();
		if (!(environment instanceof ConfigurableEnvironment configurable)) {
			return secrets;
		}
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
				continue; // e.g. the attached configurationProperties source, a view of the others
			}
			for (String name : enumerable.getPropertyNames()) {
				boolean secretKey = isSecretKey(name);
				if (!secretKey && !name.toLowerCase(Locale.ROOT).startsWith("codex")) {
					continue;
				}
				Object raw = enumerable.getProperty(name);
				if (raw == null) {
					continue;
				}
				String value = raw.toString();
				if (secretKey) {
					addSecret(secrets, value);
					if (value.contains("${")) {
						addSecret(secrets, resolve(configurable, value));
					}
				}
				Matcher userInfo = URL_USER_INFO.matcher(value);
				while (userInfo.find()) {
					String info = userInfo.group(2);
					addSecret(secrets, info);
					int colon = info.indexOf(':');
					if (colon >= 0) {
						addSecret(secrets, info.substring(colon + 1));
					}
				}
			}
		}
		return secrets;
	}

	private static void addSecret(Set<String> secrets, String value) {
		if (value == null) {
			return;
		}
		String secret = value.strip();
		if (secret.length() >= MIN_MATCHED_LENGTH && !secret.contains("${")) {
			secrets.add(secret);
		}
	}

	private static String resolve(ConfigurableEnvironment environment, String value) {
		try {
			return environment.resolvePlaceholders(value);
		}
		catch (RuntimeException ex) {
			return null; // an unresolvable placeholder: nothing to match by value
		}
	}

}
