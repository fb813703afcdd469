package dev.codexjava.spring.autoconfigure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the bound {@code codex.config} map into values for {@code CodexConfig.Builder.config(key, value)}. Values
 * from {@code .properties} files and environment variables arrive as strings, so scalars are inferred: {@code true}
 * and {@code false} become booleans, integers and decimals become numbers, and a value in double quotes stays a
 * string (without the quotes). YAML values keep their types; nested maps are kept (the SDK flattens them to dotted
 * keys) and maps whose keys are list indexes become lists.
 */
final class CodexConfigOverrides {

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+\\.\\d+(?:[eE][+-]?\\d+)?");

	private static final Pattern INDEX = Pattern.compile("\\[?(\\d+)]?");

	private CodexConfigOverrides() {
	}

	/** The overrides in binding order, each value ready for the TOML writer; validates well-known keys. */
	static Map<String, Object> of(Map<String, Object> bound) {
		Map<String, Object> out = new LinkedHashMap<>();
		if (bound == null) {
			return out;
		}
		bound.forEach((key, value) -> {
			Object normalized = normalize(value);
			validate("codex.config." + key, key, normalized);
			out.put(key, normalized);
		});
		return out;
	}

	private static void validate(String property, String key, Object value) {
		if (!(value instanceof String text)) {
			return;
		}
		if ("approval_policy".equals(key)) {
			if ("untrusted".equals(text)) {
				throw AllowedValues.invalid(property, text, AllowedValues.UNTRUSTED_REASON);
			}
			if (!AllowedValues.APPROVAL_POLICIES.contains(text)) {
				throw AllowedValues.invalid(property, text, "must be one of " + AllowedValues.APPROVAL_POLICIES);
			}
		}
		if ("sandbox_mode".equals(key) && !AllowedValues.SANDBOX_MODES.contains(text)) {
			throw AllowedValues.invalid(property, text, "must be one of " + AllowedValues.SANDBOX_MODES);
		}
	}

	static Object normalize(Object value) {
		if (value instanceof Map<?, ?> map) {
			if (!map.isEmpty() && map.keySet().stream().allMatch((k) -> INDEX.matcher(String.valueOf(k)).matches())) {
				return indexedList(map);
			}
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
			return out;
		}
		if (value instanceof Collection<?> collection) {
			List<Object> out = new ArrayList<>();
			collection.forEach((item) -> out.add(normalize(item)));
			return out;
		}
		if (value instanceof CharSequence chars) {
			return scalar(chars.toString());
		}
		return value;
	}

	private static List<Object> indexedList(Map<?, ?> map) {
		Map<Integer, Object> byIndex = new java.util.TreeMap<>();
		map.forEach((k, v) -> {
			var matcher = INDEX.matcher(String.valueOf(k));
			matcher.matches();
			byIndex.put(Integer.parseInt(matcher.group(1)), normalize(v));
		});
		return new ArrayList<>(byIndex.values());
	}

	private static Object scalar(String text) {
		String trimmed = text.trim();
		if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
			return trimmed.substring(1, trimmed.length() - 1);
		}
		if ("true".equals(trimmed) || "false".equals(trimmed)) {
			return Boolean.valueOf(trimmed);
		}
		if (INTEGER.matcher(trimmed).matches()) {
			return Long.valueOf(trimmed);
		}
		if (DECIMAL.matcher(trimmed).matches()) {
			return Double.valueOf(trimmed);
		}
		return text;
	}

}
