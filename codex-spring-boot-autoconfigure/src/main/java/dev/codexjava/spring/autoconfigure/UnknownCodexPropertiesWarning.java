package dev.codexjava.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warns at start-up about {@code codex.*} keys that no Codex module knows (a typo such as
 * {@code codex.retry.max-retires} is otherwise silently ignored): every {@code codex.*} key of the environment's
 * property sources is compared with the properties in the configuration metadata on the class path
 * ({@code META-INF/spring-configuration-metadata.json} of the starter, {@code codex-spring-boot-test}, ...), in
 * relaxed form, and each unknown key is logged with the nearest known key. Values are never read. Environment
 * variables are not checked (the Codex CLI's own {@code CODEX_HOME}, {@code CODEX_BIN}, ... map to {@code codex.*}
 * names), nor the testkit's JVM system properties ({@code codex.bin}, {@code codex.install.dir},
 * {@code codex.version}, {@code codex.testkit.install}). Without metadata on the class path nothing is reported.
 */
final class UnknownCodexPropertiesWarning implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(UnknownCodexPropertiesWarning.class);

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	/** Read by the testkit ({@code CodexBinaries}) from JVM system properties, not bound by Spring. */
	private static final Set<String> TESTKIT_KEYS = Set.of("codex.bin", "codex.install.dir", "codex.version",
			"codex.testkit.install");

	private final Environment environment;

	private final ClassLoader classLoader;

	UnknownCodexPropertiesWarning(Environment environment, ClassLoader classLoader) {
		this.environment = environment;
		this.classLoader = classLoader;
	}

	@Override
	public void afterSingletonsInstantiated() {
		warnings().forEach(logger::warn);
	}

	/** One message per unknown key, in the order found. */
	List<String> warnings() {
		Known known = Known.load(this.classLoader);
		if (known.exact().isEmpty()) {
			return List.of();
		}
		Map<String, String> unknown = new LinkedHashMap<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			if (!(source instanceof IterableConfigurationPropertySource iterable)
					|| source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource) {
				continue;
			}
			String origin = (source.getUnderlyingSource() instanceof PropertySource<?> ps) ? ps.getName() : "?";
			iterable.stream()
				.filter((name) -> name.getNumberOfElements() > 1 && "codex".equals(name.getElement(0, Form.UNIFORM)))
				.filter((name) -> !TESTKIT_KEYS.contains(name.toString()) && !known.contains(name))
				.forEach((name) -> unknown.putIfAbsent(name.toString(), origin));
		}
		List<String> messages = new ArrayList<>();
		unknown.forEach((name, origin) -> {
			String nearest = known.nearest(indexesAsZero(name));
			messages.add("Unknown Codex property '" + name + "' (in " + origin + ") is ignored"
					+ ((nearest != null) ? "; did you mean '" + nearest + "'?" : "; no Codex property has a similar name.")
					+ " See docs/configuration.md for the properties the starter knows.");
		});
		return messages;
	}

	private static String indexesAsZero(String name) {
		return name.replaceAll("\\[\\d+\\]", "[0]");
	}

	/** A name's relaxed shape: elements in uniform form, list indexes as {@code []}. */
	static String shape(ConfigurationPropertyName name, int elements) {
		StringBuilder shape = new StringBuilder();
		for (int i = 0; i < elements; i++) {
			if (!shape.isEmpty()) {
				shape.append('.');
			}
			shape.append(name.isNumericIndex(i) ? "[]" : name.getElement(i, Form.UNIFORM));
		}
		return shape.toString();
	}

	/** The known property names: exact shapes, map prefixes (any key below them), and the names as written. */
	record Known(Set<String> exact, Set<String> mapPrefixes, Set<String> names) {

		static Known load(ClassLoader classLoader) {
			Known known = new Known(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
			JsonMapper mapper = JsonMapper.builder().build();
			try {
				Enumeration<URL> resources = classLoader.getResources(METADATA);
				while (resources.hasMoreElements()) {
					try (InputStream in = resources.nextElement().openStream()) {
						for (JsonNode property : mapper.readTree(in).path("properties")) {
							known.add(property.path("name").asString(""), property.path("type").asString(""));
						}
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				logger.debug("Could not read the configuration metadata; unknown codex.* keys are not reported", ex);
				return new Known(Set.of(), Set.of(), Set.of());
			}
			return known;
		}

		private void add(String name, String type) {
			if (!name.startsWith("codex.") || !ConfigurationPropertyName.isValid(name)) {
				return;
			}
			ConfigurationPropertyName parsed = ConfigurationPropertyName.of(name);
			String shape = shape(parsed, parsed.getNumberOfElements());
			this.exact.add(shape);
			this.names.add(name);
			if (type.startsWith("java.util.Map")) {
				this.mapPrefixes.add(shape);
			}
		}

		boolean contains(ConfigurationPropertyName name) {
			if (this.exact.contains(shape(name, name.getNumberOfElements()))) {
				return true;
			}
			for (int i = name.getNumberOfElements() - 1; i > 0; i--) {
				if (this.mapPrefixes.contains(shape(name, i))) {
					return true;
				}
			}
			return false;
		}

		/** The known name closest to {@code name} (edit distance), or {@code null} when none is close. */
		String nearest(String name) {
			String best = null;
			int bestDistance = Integer.MAX_VALUE;
			for (String candidate : this.names) {
				int distance = distance(name, candidate);
				if (distance < bestDistance) {
					best = candidate;
					bestDistance = distance;
				}
			}
			int suffix = name.length() - "codex.".length();
			return (bestDistance <= Math.max(3, suffix / 2)) ? best : null;
		}

		private static int distance(String a, String b) {
			int[] previous = new int[b.length() + 1];
			int[] current = new int[b.length() + 1];
			for (int j = 0; j <= b.length(); j++) {
				previous[j] = j;
			}
			for (int i = 1; i <= a.length(); i++) {
				current[0] = i;
				for (int j = 1; j <= b.length(); j++) {
					int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
					current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				}
				int[] swap = previous;
				previous = current;
				current = swap;
			}
			return previous[b.length()];
		}

	}

}
