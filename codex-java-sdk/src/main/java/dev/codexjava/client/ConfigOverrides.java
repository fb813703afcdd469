package dev.codexjava.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered {@code --config} overrides of a {@link CodexConfig.Builder}. The app-server applies them in order and
 * an override replaces what earlier ones set at or under its key. Nested maps given to
 * {@link CodexConfig.Builder#config(String, Object)} merge instead: a table that has to be passed whole (because one of
 * its keys is not a bare key) absorbs the earlier {@code config(...)} values at, under or above its key, so nothing
 * set before is lost; a raw override it would replace is an error.
 */
final class ConfigOverrides {

	private final List<ConfigOverride> items;

	ConfigOverrides() {
		this.items = new ArrayList<>();
	}

	ConfigOverrides(List<ConfigOverride> items) {
		this.items = new ArrayList<>(items);
	}

	/** Adds {@code value} under {@code key} (a dotted path of bare keys). */
	void add(String key, Object value) {
		List<ConfigOverride> added = new ArrayList<>();
		for (Map.Entry<String, Object> entry : TomlLiteral.flatten(key, value)) {
			added.add(ConfigOverride.of(entry.getKey(), entry.getValue()));
		}
		// all checked: add them
		for (ConfigOverride override : added) {
			this.items.add(override.isTable() ? absorbEarlier(override) : override);
		}
	}

	/** Adds a raw {@code key=value} line. */
	void addRaw(String keyEqualsValue) {
		this.items.add(ConfigOverride.raw(keyEqualsValue));
	}

	List<ConfigOverride> items() {
		return List.copyOf(this.items);
	}

	/** The arguments, in order. */
	List<String> rendered() {
		return this.items.stream().map(ConfigOverride::rendered).toList();
	}

	/**
	 * Merges every earlier override the table would replace into one table (later values win), removes them and
	 * returns the merged table.
	 */
	private ConfigOverride absorbEarlier(ConfigOverride table) {
		String root = table.key();
		for (boolean widened = true; widened;) {
			widened = false;
			for (ConfigOverride earlier : this.items) {
				if (earlier.isTable() && isStrictPrefix(earlier.key(), root)) {
					root = earlier.key();
					widened = true;
				}
			}
		}
		Map<String, Object> merged = new LinkedHashMap<>();
		boolean absorbed = false;
		for (ConfigOverride earlier : this.items) {
			if (earlier.key().equals(root) || isStrictPrefix(root, earlier.key())) {
				if (earlier.isRaw()) {
					throw new IllegalArgumentException("config key '" + table.key() + "' is passed as one inline table "
							+ "(it holds keys that are not bare keys), which would replace the earlier rawConfig override '"
							+ earlier.key() + "'; set that value with config(...) instead");
				}
				absorbed = true;
			}
		}
		if (!absorbed && root.equals(table.key())) {
			return table;
		}
		for (Iterator<ConfigOverride> it = this.items.iterator(); it.hasNext();) {
			ConfigOverride earlier = it.next();
			if (earlier.key().equals(root) || isStrictPrefix(root, earlier.key())) {
				mergeAt(merged, relativePath(root, earlier.key()), earlier.value());
				it.remove();
			}
		}
		mergeAt(merged, relativePath(root, table.key()), table.value());
		return ConfigOverride.of(root, merged);
	}

	private static boolean isStrictPrefix(String prefix, String key) {
		return key.startsWith(prefix + ".");
	}

	private static List<String> relativePath(String root, String key) {
		return key.equals(root) ? List.of() : Arrays.asList(key.substring(root.length() + 1).split("\\."));
	}

	/** Sets {@code value} at {@code path} under {@code table}; maps merge into maps, anything else replaces. */
	@SuppressWarnings("unchecked")
	private static void mergeAt(Map<String, Object> table, List<String> path, Object value) {
		if (path.isEmpty()) {
			if (value instanceof Map<?, ?> map) {
				map.forEach((k, v) -> mergeAt(table, List.of((String) k), v));
				return;
			}
			// a value that is not a table replaces everything set before it
			table.clear();
			return;
		}
		String head = path.get(0);
		if (path.size() == 1) {
			Object existing = table.get(head);
			if (value instanceof Map<?, ?> && existing instanceof Map<?, ?>) {
				mergeAt((Map<String, Object>) existing, List.of(), value);
			}
			else {
				table.put(head, (value instanceof Map<?, ?>) ? mergedCopy((Map<String, Object>) value) : value);
			}
			return;
		}
		Object child = table.get(head);
		if (!(child instanceof Map<?, ?>)) {
			child = new LinkedHashMap<String, Object>();
			table.put(head, child);
		}
		mergeAt((Map<String, Object>) child, path.subList(1, path.size()), value);
	}

	private static Map<String, Object> mergedCopy(Map<String, Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		mergeAt(copy, List.of(), map);
		return copy;
	}

}
