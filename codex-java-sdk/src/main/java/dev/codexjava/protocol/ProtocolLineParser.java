package dev.codexjava.protocol;

import java.util.Arrays;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The SDK's own JSON parser for the lines of the protocol: {@link #parse} for a notification whose {@code params} is
 * an object (every line of a turn: {@code item/agentMessage/delta}, {@code item/started}, {@code turn/completed}, ...),
 * {@link #tree} for any line that is one object (responses, server requests). It scans the line once, without
 * Jackson's parser (and its per-parse parser, context and buffer objects), and builds the same tree Jackson's
 * {@code readTree} would ({@code IntNode} or {@code LongNode} as Jackson picks them, the last of duplicate keys winning
 * in the first one's place). Objects of up to {@link #SMALL_OBJECT} members keep them in a {@link SmallNodeMap} of
 * their exact size, larger ones in Jackson's own map; the property names of the protocol are shared constants instead
 * of a new string per key. Anything else (fractions and exponents, integers of more than 18 digits, an escape it does
 * not know, nesting deeper than {@link #MAX_DEPTH}, a string longer than Jackson allows, trailing text, invalid JSON)
 * makes it return {@code null}, and the caller parses the line with Jackson as usual, so errors and limits are
 * reported exactly as before. Given a {@link Recent}, the method and the ids that repeat on every delta of a turn
 * ({@code threadId}, {@code turnId}, {@code itemId}) are shared with the previous line's instead of allocated again
 * (strings and {@code StringNode}s are immutable, so sharing them changes nothing a reader can see).
 */
final class ProtocolLineParser {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String PREFIX = "{\"method\":\"";

	/** Longer property names are left to Jackson, which refuses them (its default {@code maxNameLength}). */
	static final int MAX_NAME_LENGTH = 50_000;

	/** Longer strings are left to Jackson, which refuses them (the SDK mapper's {@code maxStringLength}). */
	static final int MAX_STRING_LENGTH = Json.maxStringLength();

	/** Deeper nesting is left to Jackson (and its {@code maxNestingDepth}); the protocol's lines nest 4-6 levels. */
	static final int MAX_DEPTH = 64;

	/** Objects with more members move to a hashed map (a {@link SmallNodeMap} lookup scans). */
	static final int SMALL_OBJECT = 16;

	// the property names of the protocol's notifications, shared instead of allocated per line
	private static final String[] KNOWN_KEYS = { "threadId", "turnId", "itemId", "delta", "contentIndex",
			"summaryIndex", "stream", "method", "params", "jsonrpc", "emittedAtMs", "id", "type", "item", "turn",
			"status", "text", "content", "text_elements", "startedAtMs", "completedAtMs", "startedAt", "completedAt",
			"durationMs", "error", "items", "itemsView", "rootTurnId", "phase", "moderation", "memoryCitation",
			"delivery", "questions", "clientId", "contentTokenCount", "tokenUsage", "total", "last", "totalTokens",
			"inputTokens", "cachedInputTokens", "cacheWriteInputTokens", "outputTokens", "reasoningOutputTokens",
			"modelContextWindow", "rateLimits", "limitId", "limitName", "normalModelSlug", "primary", "secondary",
			"credits", "individualLimit", "spendControlReached", "planType", "rateLimitReachedType", "activeFlags",
			"message", "willRetry", "command", "cwd", "aggregatedOutput", "exitCode", "processId", "changes", "path",
			"kind", "summary", "name", "arguments", "result", "server", "tool", "details", "codexErrorInfo",
			"additionalDetails", "usedPercent", "windowDurationMins", "resetsAt", "source", "commandActions" };

	/** {@link #KNOWN_KEYS} by hash (open addressing; a power of two at least twice their number). */
	private static final String[] KEY_TABLE = table(KNOWN_KEYS);

	// values that recur on every turn (item types, statuses), shared with their node instead of allocated per line
	private static final String[] KNOWN_VALUES = { "agentMessage", "userMessage", "reasoning", "commandExecution",
			"fileChange", "mcpToolCall", "webSearch", "plan", "text", "idle", "active", "completed", "inProgress",
			"interrupted", "failed", "declined", "summary", "notLoaded", "full", "codex", "image", "localImage" };

	/** {@link #KNOWN_VALUES} by hash, like {@link #KEY_TABLE}. */
	private static final String[] VALUE_TABLE = table(KNOWN_VALUES);

	/** The node of each value of {@link #VALUE_TABLE}, at the same index. */
	private static final JsonNode[] VALUE_NODES = nodes(VALUE_TABLE);

	private static final int LONGEST_KNOWN_VALUE = 16;

	// the methods of a turn's notifications: shared constants instead of a new string per line of a turn
	private static final String[] KNOWN_METHODS = { "item/agentMessage/delta", "item/commandExecution/outputDelta",
			"item/reasoning/summaryTextDelta", "item/reasoning/textDelta", "item/started", "item/completed",
			"turn/started", "turn/completed", "thread/tokenUsage/updated", "thread/status/changed",
			"account/rateLimits/updated", "warning", "error", "thread/started", "configWarning", "goal/turn/started",
			"goal/turn/completed", "account/login/completed", "thread/closed", "thread/archived", "thread/deleted" };

	/** {@link #KNOWN_METHODS} by hash, like {@link #KEY_TABLE}. */
	private static final String[] METHOD_TABLE = table(KNOWN_METHODS);

	/** The {@link Recent} value of each method of {@link #METHOD_TABLE}, at the same index (no allocation per change). */
	private static final Value[] METHOD_VALUES = methodValues(METHOD_TABLE);

	/** One parser per thread, reused line after line (nearly every line is parsed on a transport's reader thread). */
	private static final ThreadLocal<ProtocolLineParser> PARSERS = ThreadLocal.withInitial(ProtocolLineParser::new);

	/** The slots of {@link Recent}: the method, then the ids of {@link #RECENT_KEYS}. */
	private static final int METHOD_SLOT = 0;

	private static final String[] RECENT_KEYS = { "threadId", "turnId", "itemId", "id" };

	/**
	 * The params of a notification its handler ignores ({@link NotificationHandler#ignores}): read to the end of the
	 * line (a malformed one still goes to Jackson and is reported) but not built. Never delivered.
	 */
	static final ObjectNode IGNORED = new ObjectNode(NODES, new SmallNodeMap(0));

	private static final ArrayNode IGNORED_ARRAY = NODES.arrayNode();

	private final Scratch scratch = new Scratch();

	/** Whether the values being read are only checked, not built (the params of an ignored notification). */
	private boolean discard;

	// the line being read; null between lines, so that no line is held on to
	private String line;

	private int length;

	private Recent recent;

	private int pos;

	/** The shared node of the string value just read, when it is one of {@link #KNOWN_VALUES}; else {@code null}. */
	private JsonNode knownNode;

	private ProtocolLineParser() {
	}

	/** This thread's parser, ready to read {@code line}; {@link #done()} when finished. */
	private static ProtocolLineParser at(String line, Recent recent) {
		ProtocolLineParser parser = PARSERS.get();
		parser.line = line;
		parser.length = line.length();
		parser.recent = recent;
		parser.pos = 0;
		parser.discard = false;
		// after a line that was left to Jackson half-way
		parser.scratch.pop(0);
		return parser;
	}

	private void done() {
		this.line = null;
		this.discard = false;
		this.recent = null;
		this.scratch.pop(0);
	}

	/**
	 * The notification on this line, or {@code null} if the line is not a notification with object params this
	 * parser reads (then parse it with Jackson).
	 */
	static JsonRpcMessage.Notification parse(String line) {
		return parse(line, null);
	}

	/**
	 * As {@link #parse(String)}, sharing repeated values with earlier lines through {@code recent}.
	 * @param recent the values of earlier lines of the same connection, or {@code null}
	 */
	static JsonRpcMessage.Notification parse(String line, Recent recent) {
		return parse(line, recent, null);
	}

	/**
	 * As {@link #parse(String, Recent)}; a notification whose method {@code ignored} accepts (its method read before
	 * its params) comes back with {@link #IGNORED} params, its line checked but its params not built.
	 * @param ignored the methods nobody reads, or {@code null}
	 */
	static JsonRpcMessage.Notification parse(String line, Recent recent, NotificationHandler ignored) {
		if (!line.startsWith(PREFIX)) {
			return null;
		}
		ProtocolLineParser parser = at(line, recent);
		try {
			return parser.notification(ignored);
		}
		finally {
			parser.done();
		}
	}

	/**
	 * The tree of a line that is one JSON object (a response, a server request, a notification), the same as
	 * Jackson's {@code readTree} gives, or {@code null} if this parser does not read it (then parse it with Jackson).
	 */
	static JsonNode tree(String line) {
		return tree(line, null);
	}

	/**
	 * As {@link #tree(String)}, sharing repeated values with earlier lines through {@code recent}.
	 * @param recent the values of earlier lines of the same connection, or {@code null}
	 */
	static JsonNode tree(String line, Recent recent) {
		if (!line.startsWith("{")) {
			return null;
		}
		ProtocolLineParser parser = at(line, recent);
		try {
			parser.pos = 1;
			ObjectNode node = parser.object(0);
			if (node == null) {
				return null;
			}
			parser.skipWhitespace();
			return (parser.pos == parser.length) ? node : null;
		}
		finally {
			parser.done();
		}
	}

	/**
	 * The last value seen per slot (the method, {@code threadId}, {@code turnId}, {@code itemId}, {@code id}). Safe to
	 * share between threads: each slot holds an immutable {@link Value}, so a reader sees an old value or a new one,
	 * never a torn one (a stale value only costs an allocation).
	 */
	static final class Recent {

		private final Value[] values = new Value[RECENT_KEYS.length + 1];

	}

	/** A shared string and its node ({@code null} for the method). */
	private record Value(String text, JsonNode node) {
	}

	/**
	 * The members of the objects being read, as a stack (an object's members above those of the objects it is in).
	 * One per parser (so per thread); emptied when each object is done, so it holds no values between lines.
	 */
	private static final class Scratch {

		String[] keys = new String[32];

		JsonNode[] values = new JsonNode[32];

		int top;

		/** Replaces the value of {@code key} among the members above {@code base}; whether it was there. */
		boolean replace(int base, String key, JsonNode value) {
			for (int i = base; i < this.top; i++) {
				if (this.keys[i].equals(key)) {
					this.values[i] = value;
					return true;
				}
			}
			return false;
		}

		void push(String key, JsonNode value) {
			if (this.top == this.keys.length) {
				this.keys = Arrays.copyOf(this.keys, this.top * 2);
				this.values = Arrays.copyOf(this.values, this.top * 2);
			}
			this.keys[this.top] = key;
			this.values[this.top] = value;
			this.top++;
		}

		/** Drops the members above {@code base}. */
		void pop(int base) {
			Arrays.fill(this.keys, base, this.top, null);
			Arrays.fill(this.values, base, this.top, null);
			this.top = base;
		}

	}

	private static String[] table(String[] words) {
		int size = Integer.highestOneBit(words.length * 2) * 2;
		String[] table = new String[size];
		for (String key : words) {
			int i = spread(key.hashCode()) & (size - 1);
			while (table[i] != null) {
				i = (i + 1) & (size - 1);
			}
			table[i] = key;
		}
		return table;
	}

	private static Value[] methodValues(String[] table) {
		Value[] values = new Value[table.length];
		for (int i = 0; i < table.length; i++) {
			values[i] = (table[i] != null) ? new Value(table[i], null) : null;
		}
		return values;
	}

	private static JsonNode[] nodes(String[] table) {
		JsonNode[] nodes = new JsonNode[table.length];
		for (int i = 0; i < table.length; i++) {
			nodes[i] = (table[i] != null) ? StringNode.valueOf(table[i]) : null;
		}
		return nodes;
	}

	private static int spread(int hash) {
		return hash ^ (hash >>> 16);
	}

	private JsonRpcMessage.Notification notification(NotificationHandler ignored) {
		this.pos = 1;
		String method = null;
		ObjectNode params = null;
		boolean skip = false;
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
					skip = params == null && ignored != null && ignored.ignores(method);
				}
				case "params" -> {
					skipWhitespace();
					this.discard = skip;
					params = consume('{') ? object(1) : null;
					this.discard = false;
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
					skipWhitespace();
					char c = peek();
					boolean number = c == '-' || (c >= '0' && c <= '9');
					if ((number ? integer(false) : value(null, 1)) == null) {
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
		if (this.pos != this.length || method == null || params == null || (params == IGNORED && !skip)) {
			// (params read unbuilt for a method a later duplicate "method" replaced: left to Jackson)
			return null;
		}
		return new JsonRpcMessage.Notification(method, params);
	}

	/**
	 * The object whose opening brace was just read, or {@code null}.
	 * @param depth its nesting depth (params: 1)
	 */
	private ObjectNode object(int depth) {
		skipWhitespace();
		if (consume('}')) {
			return this.discard ? IGNORED : new ObjectNode(NODES, new SmallNodeMap(0));
		}
		// the members go on the reader thread's scratch stack (nested objects above them), then into arrays of their
		// exact size: no growing arrays per object
		Scratch scratch = this.scratch;
		int base = scratch.top;
		ObjectNode large = null;
		while (true) {
			skipWhitespace();
			String key = string(false);
			if (key == null || key.length() > MAX_NAME_LENGTH || !colon()) {
				return null;
			}
			JsonNode value = value(key, depth);
			if (value == null) {
				return null;
			}
			if (this.discard) {
				// checked, not kept
			}
			else if (large != null) {
				large.set(key, value);
			}
			else if (!scratch.replace(base, key, value)) {
				if (scratch.top - base == SMALL_OBJECT) {
					// a large object: hashed lookups from now on, in the same order
					large = NODES.objectNode();
					for (int i = base; i < scratch.top; i++) {
						large.set(scratch.keys[i], scratch.values[i]);
					}
					scratch.pop(base);
					large.set(key, value);
				}
				else {
					scratch.push(key, value);
				}
			}
			skipWhitespace();
			if (consume('}')) {
				if (this.discard) {
					return IGNORED;
				}
				if (large != null) {
					return large;
				}
				int size = scratch.top - base;
				Object[] members = new Object[size * 2];
				for (int i = 0; i < size; i++) {
					members[i * 2] = scratch.keys[base + i];
					members[i * 2 + 1] = scratch.values[base + i];
				}
				scratch.pop(base);
				return new ObjectNode(NODES, new SmallNodeMap(members, size));
			}
			if (!consume(',')) {
				return null;
			}
		}
	}

	/** The array whose opening bracket was just read, or {@code null}. */
	private ArrayNode array(int depth) {
		ArrayNode node = this.discard ? IGNORED_ARRAY : NODES.arrayNode();
		skipWhitespace();
		if (consume(']')) {
			return node;
		}
		while (true) {
			JsonNode value = value(null, depth);
			if (value == null) {
				return null;
			}
			if (!this.discard) {
				node.add(value);
			}
			skipWhitespace();
			if (consume(']')) {
				return node;
			}
			if (!consume(',')) {
				return null;
			}
		}
	}

	/**
	 * Reads any value this parser handles: a string, an integer, a boolean, null, an object or an array.
	 * @param key its property name (shares the ids of {@link Recent}), or {@code null} in an array
	 * @param depth the depth of the object or array it is in
	 * @return its node, or {@code null} if the value is not one this parser reads
	 */
	private JsonNode value(String key, int depth) {
		skipWhitespace();
		char c = peek();
		if (c == '"') {
			int slot = (key != null) ? slot(key) : -1;
			this.knownNode = null;
			String value = string(true, slot);
			if (value == null) {
				return null;
			}
			if (this.discard) {
				return IGNORED;
			}
			if (this.knownNode != null) {
				return this.knownNode;
			}
			Value shared = (slot > 0 && this.recent != null) ? this.recent.values[slot] : null;
			return (shared != null && shared.text() == value) ? shared.node() : NODES.stringNode(value);
		}
		if (c == '{' || c == '[') {
			if (depth >= MAX_DEPTH) {
				return null;
			}
			this.pos++;
			return (c == '{') ? object(depth + 1) : array(depth + 1);
		}
		if (c == '-' || (c >= '0' && c <= '9')) {
			return integer(!this.discard);
		}
		if (this.line.startsWith("true", this.pos)) {
			this.pos += 4;
			return NODES.booleanNode(true);
		}
		if (this.line.startsWith("false", this.pos)) {
			this.pos += 5;
			return NODES.booleanNode(false);
		}
		if (this.line.startsWith("null", this.pos)) {
			this.pos += 4;
			return NODES.nullNode();
		}
		return null;
	}

	/**
	 * An integer of at most 18 digits, as an int when it fits (like Jackson), else a long; or {@code null}.
	 * @param keep whether its node is wanted; if not, a shared node stands for "read" (no allocation)
	 */
	private JsonNode integer(boolean keep) {
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
			return null;
		}
		char next = peek();
		if (next == '.' || next == 'e' || next == 'E') {
			return null;
		}
		if (!keep) {
			return NODES.nullNode();
		}
		if (negative) {
			value = -value;
		}
		if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
			return NODES.numberNode((int) value);
		}
		return NODES.numberNode(value);
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
				if (this.pos - start > MAX_STRING_LENGTH) {
					return null;
				}
				if (this.discard) {
					// only checked: a key's length as key() would, and no text built
					this.pos++;
					return (!value && this.pos - 1 - start > MAX_NAME_LENGTH) ? null : "";
				}
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
				return (sb.length() > MAX_STRING_LENGTH) ? null : sb.toString();
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
	static int hexDigit(char c) {
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
		if (slot == METHOD_SLOT) {
			return method(start, end);
		}
		if (slot < 0 || this.recent == null) {
			if (end - start <= LONGEST_KNOWN_VALUE) {
				int known = find(VALUE_TABLE, start, end);
				if (known >= 0) {
					this.knownNode = VALUE_NODES[known];
					return VALUE_TABLE[known];
				}
			}
			return this.line.substring(start, end);
		}
		Value last = this.recent.values[slot];
		if (last != null && last.text().length() == end - start && this.line.startsWith(last.text(), start)) {
			return last.text();
		}
		String text = this.line.substring(start, end);
		this.recent.values[slot] = new Value(text, StringNode.valueOf(text));
		return text;
	}

	/** The method between start and end: the last line's, a known one, or a new string. */
	private String method(int start, int end) {
		Value last = (this.recent != null) ? this.recent.values[METHOD_SLOT] : null;
		if (last != null && last.text().length() == end - start && this.line.startsWith(last.text(), start)) {
			return last.text();
		}
		int known = find(METHOD_TABLE, start, end);
		Value value = (known >= 0) ? METHOD_VALUES[known] : new Value(this.line.substring(start, end), null);
		if (this.recent != null) {
			this.recent.values[METHOD_SLOT] = value;
		}
		return value.text();
	}

	private String key(int start, int end) {
		int known = find(KEY_TABLE, start, end);
		return (known >= 0) ? KEY_TABLE[known] : this.line.substring(start, end);
	}

	/** The index in {@code table} (see {@link #table}) of the text between start and end, or -1. */
	private int find(String[] table, int start, int end) {
		int hash = 0;
		for (int i = start; i < end; i++) {
			hash = 31 * hash + this.line.charAt(i);
		}
		int mask = table.length - 1;
		for (int i = spread(hash) & mask; table[i] != null; i = (i + 1) & mask) {
			String known = table[i];
			if (known.length() == end - start && this.line.startsWith(known, start)) {
				return i;
			}
		}
		return -1;
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
