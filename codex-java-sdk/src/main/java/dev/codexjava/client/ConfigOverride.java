package dev.codexjava.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code --config} argument: a dotted key of bare keys with its value (kept to merge tables), or a raw
 * {@code key=value} line given with {@link CodexConfig.Builder#rawConfig(String)} (value {@code null}).
 *
 * @param key the dotted key, as the app-server splits it
 * @param value the value (a map for a table written inline), or {@code null} for a raw line
 * @param rendered the {@code key=value} argument
 */
record ConfigOverride(String key, Object value, String rendered) {

	/** An override of {@code key} rendered as TOML; maps are copied, so later changes by the caller do not count. */
	static ConfigOverride of(String key, Object value) {
		Object copy = copy(value);
		return new ConfigOverride(key, copy, key + "=" + TomlLiteral.literal(copy, key));
	}

	/** A raw {@code key=value} line; its key must be a dotted path of bare keys. */
	static ConfigOverride raw(String keyEqualsValue) {
		if (keyEqualsValue == null || keyEqualsValue.indexOf('=') <= 0) {
			throw new IllegalArgumentException("rawConfig expects 'key=value', got '" + keyEqualsValue + "'");
		}
		String key = keyEqualsValue.substring(0, keyEqualsValue.indexOf('=')).trim();
		TomlLiteral.requireDottedKey(key);
		return new ConfigOverride(key, null, keyEqualsValue);
	}

	boolean isRaw() {
		return this.value == null;
	}

	/** Whether this override sets a whole table, replacing what earlier overrides set under its key. */
	boolean isTable() {
		return this.value instanceof Map;
	}

	private static Object copy(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
			return copy;
		}
		return value;
	}

}
