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
 * The members of an {@code ObjectNode} built by {@link ProtocolLineParser}: keys and values alternating in one array,
 * in insertion order, instead of a {@code LinkedHashMap} (a delta's four members cost about 70 bytes here, about 260
 * there). A complete, mutable {@link Map} (lookups scan, which is quicker than hashing for a handful of keys); a
 * consumer that adds many members to such a tree only pays a linear scan per lookup.
 */
final class SmallNodeMap extends AbstractMap<String, JsonNode> {

	private static final Object[] NONE = {};

	/** Key {@code i} at {@code 2i}, its value at {@code 2i + 1}. */
	private Object[] members;

	private int size;

	/** Counts structural changes, so that an iterator fails fast as a {@code LinkedHashMap}'s does. */
	private int modifications;

	SmallNodeMap(int capacity) {
		this.members = (capacity > 0) ? new Object[capacity * 2] : NONE;
	}

	/**
	 * A map over this array (which it owns from now on) holding its first {@code size} members.
	 * @param members distinct, non-null keys in insertion order, each followed by its value
	 */
	SmallNodeMap(Object[] members, int size) {
		this.members = members;
		this.size = size;
	}

	private int indexOf(Object key) {
		Object[] m = this.members;
		for (int i = 0; i < this.size; i++) {
			if (m[i * 2].equals(key)) {
				return i;
			}
		}
		return -1;
	}

	private String keyAt(int i) {
		return (String) this.members[i * 2];
	}

	private JsonNode valueAt(int i) {
		return (JsonNode) this.members[i * 2 + 1];
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
		return (i >= 0) ? valueAt(i) : null;
	}

	@Override
	public JsonNode put(String key, JsonNode value) {
		Objects.requireNonNull(key, "key");
		int i = indexOf(key);
		if (i >= 0) {
			JsonNode old = valueAt(i);
			this.members[i * 2 + 1] = value;
			return old;
		}
		if (this.size * 2 == this.members.length) {
			int capacity = Math.max(4, this.size * 2);
			this.members = Arrays.copyOf(this.members, capacity * 2);
		}
		this.members[this.size * 2] = key;
		this.members[this.size * 2 + 1] = value;
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
		JsonNode old = valueAt(i);
		removeAt(i);
		return old;
	}

	private void removeAt(int i) {
		int moved = this.size - i - 1;
		System.arraycopy(this.members, (i + 1) * 2, this.members, i * 2, moved * 2);
		this.size--;
		this.members[this.size * 2] = null;
		this.members[this.size * 2 + 1] = null;
		this.modifications++;
	}

	@Override
	public void clear() {
		Arrays.fill(this.members, 0, this.size * 2, null);
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

	/**
	 * A member as the iterator gave it, live as a {@code LinkedHashMap}'s entry is: it reads and writes the map's
	 * value while its key is in the map, and only itself once the key was removed. (Unlike a {@code LinkedHashMap}'s
	 * entry, it follows a key removed and put again, and after a removal keeps the value it last saw.)
	 */
	private final class Member implements Map.Entry<String, JsonNode> {

		private final String key;

		// the value when the key was last seen in the map
		private JsonNode value;

		// where the key was last seen (checked by identity first: no scan while the members stay in place)
		private int index;

		Member(int index) {
			this.key = keyAt(index);
			this.value = valueAt(index);
			this.index = index;
		}

		/** The key's index in the map now, or -1. */
		private int find() {
			int i = this.index;
			if (i >= SmallNodeMap.this.size || SmallNodeMap.this.members[i * 2] != this.key) {
				i = indexOf(this.key);
				this.index = Math.max(i, 0);
			}
			return i;
		}

		@Override
		public String getKey() {
			return this.key;
		}

		@Override
		public JsonNode getValue() {
			int i = find();
			if (i >= 0) {
				this.value = valueAt(i);
			}
			return this.value;
		}

		@Override
		public JsonNode setValue(JsonNode value) {
			JsonNode old = getValue();
			int i = find();
			if (i >= 0) {
				SmallNodeMap.this.members[i * 2 + 1] = value;
			}
			this.value = value;
			return old;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Map.Entry<?, ?> entry && this.key.equals(entry.getKey())
					&& Objects.equals(getValue(), entry.getValue());
		}

		@Override
		public int hashCode() {
			return this.key.hashCode() ^ Objects.hashCode(getValue());
		}

		@Override
		public String toString() {
			return this.key + "=" + getValue();
		}

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
			return new Member(this.last);
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
