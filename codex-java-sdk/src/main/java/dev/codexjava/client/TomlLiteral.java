package dev.codexjava.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Renders Java values as TOML literals for {@code --config key=value} overrides. */
final class TomlLiteral {

	private TomlLiteral() {
	}

	/**
	 * Flattens {@code value} under {@code key}: nested maps become dotted keys, everything else one {@code key=literal}.
	 */
	static List<String> overrides(String key, Object value) {
		List<String> out = new ArrayList<>();
		flatten(key, value, out);
		return out;
	}

	private static void flatten(String key, Object value, List<String> out) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("config key must not be blank");
		}
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.add(key + "={}");
			}
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				flatten(key + "." + keySegment(String.valueOf(entry.getKey())), entry.getValue(), out);
			}
			return;
		}
		out.add(key + "=" + literal(value, key));
	}

	private static String keySegment(String segment) {
		return segment.matches("[A-Za-z0-9_-]+") ? segment : quote(segment);
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
			List<String> items = new ArrayList<>();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				items.add(keySegment(String.valueOf(entry.getKey())) + " = " + literal(entry.getValue(), key));
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
