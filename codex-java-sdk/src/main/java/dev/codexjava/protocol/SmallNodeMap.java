package dev.codexjava.protocol;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The members of an {@code ObjectNode} built by {@link ProtocolLineParser}: two parallel arrays in insertion order
 * instead of a {@code LinkedHashMap} (a delta's four members cost about 90 bytes here, about 260 there). A complete,
 * mutable {@link Map} (lookups scan, which is quicker than hashing for a handful of keys); a consumer that adds many
 * members to such a tree only pays a linear scan per lookup.
 */
final class SmallNodeMap extends AbstractMap<String, JsonNode> {

	private String[] keys;

	private JsonNode[] values;

	private int size;

	/** Counts structural changes, so that an iterator fails fast as a {@code LinkedHashMap}'s does. */
	private int modifications;

	SmallNodeMap(int capacity) {
		this.keys = new String[capacity];
		this.values = new JsonNode[capacity];
	}

	/**
	 * A map over these arrays (which it owns from now on) holding their first {@code size} members.
	 * @param keys distinct, non-null keys in insertion order
	 */
	SmallNodeMap(String[] keys, JsonNode[] values, int size) {
		this.keys = keys;
		this.values = values;
		this.size = size;
	}

	private int indexOf(Object key) {
		for (int i = 0; i < this.size; i++) {
			if (this.keys[i].equals(key)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public boolean containsKey(Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public JsonNode get(Object key) {
		int i = indexOf(key);
		return (i >= 0) ? this.values[i] : null;
	}

	@Override
	public JsonNode put(String key, JsonNode value) {
		Objects.requireNonNull(key, "key");
		int i = indexOf(key);
		if (i >= 0) {
			JsonNode old = this.values[i];
			this.values[i] = value;
			return old;
		}
		if (this.size == this.keys.length) {
			int capacity = Math.max(4, this.size * 2);
			this.keys = Arrays.copyOf(this.keys, capacity);
			this.values = Arrays.copyOf(this.values, capacity);
		}
		this.keys[this.size] = key;
		this.values[this.size] = value;
		this.size++;
		this.modifications++;
		return null;
	}

	@Override
	public JsonNode remove(Object key) {
		int i = indexOf(key);
		if (i < 0) {
			return null;
		}
		JsonNode old = this.values[i];
		removeAt(i);
		return old;
	}

	private void removeAt(int i) {
		int moved = this.size - i - 1;
		System.arraycopy(this.keys, i + 1, this.keys, i, moved);
		System.arraycopy(this.values, i + 1, this.values, i, moved);
		this.size--;
		this.keys[this.size] = null;
		this.values[this.size] = null;
		this.modifications++;
	}

	@Override
	public void clear() {
		Arrays.fill(this.keys, 0, this.size, null);
		Arrays.fill(this.values, 0, this.size, null);
		this.size = 0;
		this.modifications++;
	}

	@Override
	public Set<Map.Entry<String, JsonNode>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public int size() {
				return SmallNodeMap.this.size;
			}

			@Override
			public void clear() {
				SmallNodeMap.this.clear();
			}

			@Override
			public Iterator<Map.Entry<String, JsonNode>> iterator() {
				return new Entries();
			}

		};
	}

	/** Insertion order; {@code remove} and {@code setValue} write through. */
	private final class Entries implements Iterator<Map.Entry<String, JsonNode>> {

		private int next;

		private int last = -1;

		private int expected = SmallNodeMap.this.modifications;

		@Override
		public boolean hasNext() {
			return this.next < SmallNodeMap.this.size;
		}

		@Override
		public Map.Entry<String, JsonNode> next() {
			if (SmallNodeMap.this.modifications != this.expected) {
				throw new ConcurrentModificationException();
			}
			if (this.next >= SmallNodeMap.this.size) {
				throw new NoSuchElementException();
			}
			this.last = this.next++;
			String key = SmallNodeMap.this.keys[this.last];
			return new SimpleEntry<>(key, SmallNodeMap.this.values[this.last]) {

				private static final long serialVersionUID = 1L;

				@Override
				public JsonNode setValue(JsonNode value) {
					super.setValue(value);
					return SmallNodeMap.this.put(key, value);
				}

			};
		}

		@Override
		public void remove() {
			if (this.last < 0) {
				throw new IllegalStateException();
			}
			if (SmallNodeMap.this.modifications != this.expected) {
				throw new ConcurrentModificationException();
			}
			removeAt(this.last);
			this.next = this.last;
			this.last = -1;
			this.expected = SmallNodeMap.this.modifications;
		}

	}

}
