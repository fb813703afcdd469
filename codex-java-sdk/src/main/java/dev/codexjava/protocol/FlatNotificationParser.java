package dev.codexjava.protocol;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The fast path for the lines a streaming turn is made of: a notification whose {@code params} is a flat object of
 * strings, integers, booleans and nulls ({@code item/agentMessage/delta}, {@code item/commandExecution/outputDelta},
 * ...). It scans the line once, without Jackson's parser, and builds the same tree Jackson's {@code readTree} would
 * ({@code IntNode} or {@code LongNode} as Jackson picks them, the last of duplicate keys winning). Anything else (a
 * response, a request, nested values, fractions, an escape it does not know, trailing text, invalid JSON) makes it
 * return {@code null}, and the caller parses the line with Jackson as usual, so errors are reported exactly as
 * before. Given a {@link Recent}, the method and the ids that repeat on every delta of a turn ({@code threadId},
 * {@code turnId}, {@code itemId}) are shared with the previous line's instead of allocated again (strings and
 * {@code StringNode}s are immutable, so sharing them changes nothing a reader can see).
 */
final class FlatNotificationParser {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String PREFIX = "{\"method\":\"";

	/** Longer property names are left to Jackson, which refuses them (its default {@code maxNameLength}). */
	static final int MAX_NAME_LENGTH = 50_000;

	// the keys of the streamed deltas, shared instead of allocated per line
	private static final String[] KNOWN_KEYS = { "threadId", "turnId", "itemId", "delta", "contentIndex",
			"summaryIndex", "stream", "method", "params", "jsonrpc", "emittedAtMs" };

	/** The slots of {@link Recent}: the method, then the ids of {@link #RECENT_KEYS}. */
	private static final int METHOD_SLOT = 0;

	private static final String[] RECENT_KEYS = { "threadId", "turnId", "itemId" };

	private final String line;

	private final int length;

	private final Recent recent;

	private int pos;

	private FlatNotificationParser(String line, Recent recent) {
		this.line = line;
		this.length = line.length();
		this.recent = recent;
	}

	/**
	 * The notification on this line, or {@code null} if the line is not a notification with flat params (then parse
	 * it with Jackson).
	 */
	static JsonRpcMessage.Notification parse(String line) {
		return parse(line, null);
	}

	/**
	 * As {@link #parse(String)}, sharing repeated values with earlier lines through {@code recent}.
	 * @param recent the values of earlier lines of the same connection, or {@code null}
	 */
	static JsonRpcMessage.Notification parse(String line, Recent recent) {
		if (!line.startsWith(PREFIX)) {
			return null;
		}
		return new FlatNotificationParser(line, recent).notification();
	}

	/**
	 * The last value seen per slot (the method, {@code threadId}, {@code turnId}, {@code itemId}). Safe to share
	 * between threads: each slot holds an immutable {@link Value}, so a reader sees an old value or a new one, never a
	 * torn one (a stale value only costs an allocation).
	 */
	static final class Recent {

		private final Value[] values = new Value[RECENT_KEYS.length + 1];

	}

	/** A shared string and its node ({@code null} for the method). */
	private record Value(String text, JsonNode node) {
	}

	private JsonRpcMessage.Notification notification() {
		this.pos = 1;
		String method = null;
		ObjectNode params = null;
		while (true) {
			skipWhitespace();
			String key = string(false);
			if (key == null || key.length() > MAX_NAME_LENGTH || !colon()) {
				return null;
			}
			switch (key) {
				case "method" -> {
					skipWhitespace();
					method = string(true, METHOD_SLOT);
					if (method == null) {
						return null;
					}
				}
				case "params" -> {
					params = flatObject();
					if (params == null) {
						return null;
					}
				}
				case "id", "result", "error" -> {
					// a request or a response: not for the fast path
					return null;
				}
				default -> {
					// jsonrpc, emittedAtMs, ...: read and ignored, as JsonRpcMessage.decode ignores them
					if (!scalar(null, null)) {
						return null;
					}
				}
			}
			skipWhitespace();
			if (consume('}')) {
				break;
			}
			if (!consume(',')) {
				return null;
			}
		}
		skipWhitespace();
		if (this.pos != this.length || method == null || params == null) {
			return null;
		}
		return new JsonRpcMessage.Notification(method, params);
	}

	private ObjectNode flatObject() {
		skipWhitespace();
		if (!consume('{')) {
			return null;
		}
		// four members per delta: two small arrays instead of a LinkedHashMap (see SmallNodeMap)
		ObjectNode node = new ObjectNode(NODES, new SmallNodeMap(4));
		skipWhitespace();
		if (consume('}')) {
			return node;
		}
		while (true) {
			skipWhitespace();
			String key = string(false);
			if (key == null || key.length() > MAX_NAME_LENGTH || !colon() || !scalar(node, key)) {
				return null;
			}
			skipWhitespace();
			if (consume('}')) {
				return node;
			}
			if (!consume(',')) {
				return null;
			}
		}
	}

	/** Reads a string, integer, boolean or null; puts it into {@code node} unless that is {@code null}. */
	private boolean scalar(ObjectNode node, String key) {
		skipWhitespace();
		char c = peek();
		if (c == '"') {
			int slot = slot(key);
			String value = string(true, slot);
			if (value == null) {
				return false;
			}
			if (node != null) {
				Value shared = (slot > 0 && this.recent != null) ? this.recent.values[slot] : null;
				if (shared != null && shared.text() == value) {
					node.set(key, shared.node());
				}
				else {
					node.put(key, value);
				}
			}
			return true;
		}
		if (c == '-' || (c >= '0' && c <= '9')) {
			return integer(node, key);
		}
		if (this.line.startsWith("true", this.pos)) {
			this.pos += 4;
			if (node != null) {
				node.put(key, true);
			}
			return true;
		}
		if (this.line.startsWith("false", this.pos)) {
			this.pos += 5;
			if (node != null) {
				node.put(key, false);
			}
			return true;
		}
		if (this.line.startsWith("null", this.pos)) {
			this.pos += 4;
			if (node != null) {
				node.putNull(key);
			}
			return true;
		}
		return false;
	}

	/** An integer of at most 18 digits, as an int when it fits (like Jackson), else a long. */
	private boolean integer(ObjectNode node, String key) {
		int start = this.pos;
		boolean negative = consume('-');
		int digitsStart = this.pos;
		long value = 0;
		while (this.pos < this.length) {
			char c = this.line.charAt(this.pos);
			if (c < '0' || c > '9') {
				break;
			}
			value = value * 10 + (c - '0');
			this.pos++;
		}
		int digits = this.pos - digitsStart;
		if (digits == 0 || digits > 18 || (digits > 1 && this.line.charAt(digitsStart) == '0')) {
			return false;
		}
		char next = peek();
		if (next == '.' || next == 'e' || next == 'E') {
			return false;
		}
		if (negative) {
			value = -value;
		}
		if (node != null) {
			if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
				node.put(key, (int) value);
			}
			else {
				node.put(key, value);
			}
		}
		return this.pos > start;
	}

	/** The {@link Recent} slot of a params key (one of {@link #KNOWN_KEYS}, so compared by identity), or -1. */
	private static int slot(String key) {
		for (int i = 0; i < RECENT_KEYS.length; i++) {
			if (RECENT_KEYS[i] == key) {
				return i + 1;
			}
		}
		return -1;
	}

	private String string(boolean value) {
		return string(value, -1);
	}

	/**
	 * Reads a string at the current position (which must be its opening quote).
	 * @param value whether this is a value (any text) or a key (known keys are shared)
	 * @param slot the {@link Recent} slot whose last value is shared when this one equals it, or -1
	 * @return the string, or {@code null} if it is not a valid JSON string this parser handles
	 */
	private String string(boolean value, int slot) {
		if (!consume('"')) {
			return null;
		}
		int start = this.pos;
		// fast scan: no escapes
		while (this.pos < this.length) {
			char c = this.line.charAt(this.pos);
			if (c == '"') {
				String s = value ? value(start, this.pos, slot) : key(start, this.pos);
				this.pos++;
				return s;
			}
			if (c == '\\') {
				break;
			}
			if (c < 0x20) {
				return null;
			}
			this.pos++;
		}
		if (this.pos >= this.length) {
			return null;
		}
		StringBuilder sb = new StringBuilder(this.pos - start + 16).append(this.line, start, this.pos);
		while (this.pos < this.length) {
			char c = this.line.charAt(this.pos++);
			if (c == '"') {
				return sb.toString();
			}
			if (c < 0x20) {
				return null;
			}
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			if (this.pos >= this.length) {
				return null;
			}
			char e = this.line.charAt(this.pos++);
			switch (e) {
				case '"', '\\', '/' -> sb.append(e);
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'n' -> sb.append('\n');
				case 'r' -> sb.append('\r');
				case 't' -> sb.append('\t');
				case 'u' -> {
					if (this.pos + 4 > this.length) {
						return null;
					}
					int code = 0;
					for (int i = 0; i < 4; i++) {
						int digit = hexDigit(this.line.charAt(this.pos++));
						if (digit < 0) {
							return null;
						}
						code = code * 16 + digit;
					}
					sb.append((char) code);
				}
				default -> {
					return null;
				}
			}
		}
		return null;
	}

	/** An ASCII hex digit's value, else -1 (Jackson accepts no other digits in a unicode escape). */
	private static int hexDigit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		if (c >= 'A' && c <= 'F') {
			return c - 'A' + 10;
		}
		return -1;
	}

	/** The text between start and end, shared with the slot's last value when equal (which it then becomes). */
	private String value(int start, int end, int slot) {
		if (slot < 0 || this.recent == null) {
			return this.line.substring(start, end);
		}
		Value last = this.recent.values[slot];
		if (last != null && last.text().length() == end - start && this.line.startsWith(last.text(), start)) {
			return last.text();
		}
		String text = this.line.substring(start, end);
		this.recent.values[slot] = new Value(text, (slot == METHOD_SLOT) ? null : StringNode.valueOf(text));
		return text;
	}

	private String key(int start, int end) {
		for (String known : KNOWN_KEYS) {
			if (known.length() == end - start && this.line.startsWith(known, start)) {
				return known;
			}
		}
		return this.line.substring(start, end);
	}

	private boolean colon() {
		skipWhitespace();
		return consume(':');
	}

	private void skipWhitespace() {
		while (this.pos < this.length) {
			char c = this.line.charAt(this.pos);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			this.pos++;
		}
	}

	private char peek() {
		return (this.pos < this.length) ? this.line.charAt(this.pos) : 0;
	}

	private boolean consume(char expected) {
		if (this.pos < this.length && this.line.charAt(this.pos) == expected) {
			this.pos++;
			return true;
		}
		return false;
	}

}
