package dev.codexjava.client;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders Java values as TOML literals for {@code --config key=value} overrides. The app-server (0.169.0, 0.171.0)
 * splits the key part on every {@code .} without reading quotes, so keys are dotted paths of bare keys only; a table
 * with other keys is passed whole, as an inline table under its bare parent.
 */
final class TomlLiteral {

	private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

	private TomlLiteral() {
	}

	/**
	 * Renders {@code value} under {@code key} as {@code key=literal} lines; see {@link #flatten(String, Object)}.
	 */
	static List<String> overrides(String key, Object value) {
		List<String> out = new ArrayList<>();
		for (Map.Entry<String, Object> entry : flatten(key, value)) {
			out.add(entry.getKey() + "=" + literal(entry.getValue(), entry.getKey()));
		}
		return out;
	}

	/**
	 * Splits {@code value} into {@code (dotted key, value)} pairs: a map whose keys are all bare keys becomes one pair
	 * per entry under {@code key.entry}; a map with another key (a path, a dotted name, an empty key) stays one pair
	 * whose value is written as an inline table, because the app-server splits {@code --config} keys on every
	 * {@code .} and does not read quotes. Every value is checked (null, unsupported types).
	 * @throws IllegalArgumentException naming the key if {@code key} is not a dotted path of bare keys or a value is
	 * invalid
	 */
	static List<Map.Entry<String, Object>> flatten(String key, Object value) {
		requireDottedKey(key);
		List<Map.Entry<String, Object>> out = new ArrayList<>();
		flatten(key, value, out);
		return out;
	}

	private static void flatten(String key, Object value, List<Map.Entry<String, Object>> out) {
		if (value instanceof Map<?, ?> map && !map.isEmpty()
				&& map.keySet().stream().allMatch((k) -> isBareKey(String.valueOf(k)))) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				flatten(key + "." + entry.getKey(), entry.getValue(), out);
			}
			return;
		}
		literal(value, key);
		out.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
	}

	/** Whether {@code segment} is a TOML bare key (letters, digits, {@code _}, {@code -}). */
	static boolean isBareKey(String segment) {
		return BARE_KEY.matcher(segment).matches();
	}

	/**
	 * Checks that {@code key} is a dotted path of bare keys ({@code model}, {@code features.plugins}), the only keys
	 * the app-server reads as meant.
	 * @throws IllegalArgumentException naming the key otherwise
	 */
	static String requireDottedKey(String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("config key must not be blank");
		}
		for (String segment : key.split("\\.", -1)) {
			if (!isBareKey(segment)) {
				throw new IllegalArgumentException("config key '" + key + "' is not a dotted path of bare keys "
						+ "(letters, digits, '_' and '-'): the app-server splits --config keys on every '.' and keeps "
						+ "quotes as part of the name. Put keys with other characters in a nested map under their "
						+ "bare parent, e.g. config(\"projects\", Map.of(\"/srv/ws\", Map.of(\"trust_level\", "
						+ "\"trusted\")))");
			}
		}
		return key;
	}

	private static String keySegment(String segment) {
		return isBareKey(segment) ? segment : quote(segment);
	}

	static String literal(Object value, String key) {
		if (value == null) {
			throw new IllegalArgumentException("config value for '" + key + "' must not be null (TOML has no null)");
		}
		if (value instanceof SandboxMode mode) {
			return quote(mode.wireValue());
		}
		if (value instanceof ApprovalPolicy policy) {
			return quote(policy.wireValue());
		}
		if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>
				|| value instanceof java.nio.file.Path || value instanceof java.time.Duration) {
			return quote(value.toString());
		}
		if (value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
			return d.isNaN() ? "nan" : (d > 0 ? "inf" : "-inf");
		}
		if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
			return f.isNaN() ? "nan" : (f > 0 ? "inf" : "-inf");
		}
		if (value instanceof Number) {
			return (value instanceof java.math.BigDecimal bd) ? bd.toPlainString() : value.toString();
		}
		if (value instanceof Collection<?> collection) {
			List<String> items = new ArrayList<>();
			for (Object item : collection) {
				items.add(literal(item, key));
			}
			return "[" + String.join(", ", items) + "]";
		}
		if (value instanceof Object[] array) {
			return literal(java.util.Arrays.asList(array), key);
		}
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				return "{}";
			}
			List<String> items = new ArrayList<>();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String name = keySegment(String.valueOf(entry.getKey()));
				items.add(name + " = " + literal(entry.getValue(), key + "." + name));
			}
			return "{ " + String.join(", ", items) + " }";
		}
		throw new IllegalArgumentException("config value for '" + key + "' has unsupported type "
				+ value.getClass().getName() + "; use a String, Number, Boolean, List or Map");
	}

	static String quote(String s) {
		StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '\t' -> sb.append("\\t");
				case '\b' -> sb.append("\\b");
				case '\f' -> sb.append("\\f");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						sb.append(String.format("\\u%04X", (int) c));
					}
					else {
						sb.append(c);
					}
				}
			}
		}
		return sb.append('"').toString();
	}

}
