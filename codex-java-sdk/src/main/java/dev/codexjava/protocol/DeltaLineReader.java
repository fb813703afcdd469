package dev.codexjava.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a streamed-delta notification ({@code item/agentMessage/delta}, {@code item/reasoning/summaryTextDelta},
 * {@code item/reasoning/textDelta}, {@code item/commandExecution/outputDelta}) straight from the UTF-8 bytes of its
 * line into its four strings, without a {@code String} of the line and without a tree. It reads only the exact shape
 * the app-server writes: {@code {"method":"...","params":{...}}} with, after the method, {@code params} and optionally
 * {@code emittedAtMs} (an integer) and {@code "jsonrpc":"2.0"}, in any order; params holding exactly {@code threadId},
 * {@code turnId}, {@code itemId} and {@code delta}, each a string, in any order; no whitespace. Anything else (another
 * member, a duplicate, a value of another type, whitespace, an escape JSON does not have, invalid UTF-8, a control
 * character, a string longer than the mapper reads, a truncated line) makes {@link #read} return {@code false}, and the
 * caller reads the line the general way, so what the SDK does not model is still kept and errors are reported as
 * before. The ids repeat on thousands of deltas: one equal to the previous line's (the same bytes) is that line's
 * string, not a new one.
 * <p>
 * One per connection, used on its reader thread only.
 */
final class DeltaLineReader {

	/** The methods this reader reads, by index. */
	static final String[] METHODS = { "item/agentMessage/delta", "item/reasoning/summaryTextDelta",
			"item/reasoning/textDelta", "item/commandExecution/outputDelta" };

	private static final byte[][] METHOD_BYTES = bytes(METHODS, "", "\"");

	private static final byte[] PREFIX = utf8("{\"method\":\"");

	private static final byte[] PARAMS = utf8("\"params\":{");

	private static final byte[] EMITTED_AT = utf8("\"emittedAtMs\":");

	private static final byte[] JSONRPC = utf8("\"jsonrpc\":\"2.0\"");

	private static final int THREAD_ID = 0;

	private static final int TURN_ID = 1;

	private static final int ITEM_ID = 2;

	private static final int DELTA = 3;

	/** The params' members, with the opening quote of their value, at the indexes above. */
	private static final byte[][] MEMBERS = bytes(new String[] { "threadId", "turnId", "itemId", "delta" }, "\"",
			"\":\"");

	private static final int ALL_MEMBERS = 0b1111;

	/** Ids longer than this are not remembered for the next line. */
	private static final int MAX_REMEMBERED_ID = 256;

	/** The decoding buffer kept between lines at most (a larger string gets its own). */
	private static final int MAX_KEPT_CHARS = 64 * 1024;

	private static final int MAX_STRING_LENGTH = Json.maxStringLength();

	private static final byte[] NO_LINE = new byte[0];

	// the last line's ids (threadId, turnId, itemId): their bytes and their string
	private final byte[][] lastIdBytes = { NO_LINE, NO_LINE, NO_LINE };

	private final String[] lastIds = { "", "", "" };

	private char[] chars = new char[256];

	// the line being read; NO_LINE between lines, so that no line is held on to
	private byte[] line = NO_LINE;

	private int pos;

	private int end;

	/** Whether the string just scanned by {@link #stringEnd()} is printable ASCII without escapes. */
	private boolean plain;

	// what the last successful read found
	private String method = "";

	private String threadId = "";

	private String turnId = "";

	private String itemId = "";

	private String delta = "";

	/**
	 * Reads {@code utf8[offset .. offset + length)}.
	 * @param handler asked (once the method is known) whether it takes this method's deltas typed
	 * @return whether the line is a delta read here (then {@link #method()} ... {@link #delta()} hold it); {@code false}
	 * when it must be read the general way
	 */
	boolean read(byte[] utf8, int offset, int length, NotificationHandler handler) {
		this.line = utf8;
		this.pos = offset;
		this.end = offset + length;
		try {
			boolean read = readLine(handler);
			if (!read) {
				forget();
			}
			return read;
		}
		finally {
			this.line = NO_LINE;
		}
	}

	/** Lets go of the last delta's text (which may be large); the ids stay, to be shared with the next line. */
	void forget() {
		this.delta = "";
	}

	String method() {
		return this.method;
	}

	String threadId() {
		return this.threadId;
	}

	String turnId() {
		return this.turnId;
	}

	String itemId() {
		return this.itemId;
	}

	String delta() {
		return this.delta;
	}

	private boolean readLine(NotificationHandler handler) {
		if (!skip(PREFIX)) {
			return false;
		}
		int m = methodIndex();
		if (m < 0 || !handler.takesDeltas(METHODS[m])) {
			return false;
		}
		boolean params = false;
		boolean emittedAt = false;
		boolean jsonrpc = false;
		while (this.pos < this.end && this.line[this.pos] == ',') {
			this.pos++;
			if (!params && skip(PARAMS)) {
				if (!params()) {
					return false;
				}
				params = true;
			}
			else if (!emittedAt && skip(EMITTED_AT)) {
				if (!integer()) {
					return false;
				}
				emittedAt = true;
			}
			else if (!jsonrpc && skip(JSONRPC)) {
				jsonrpc = true;
			}
			else {
				return false;
			}
		}
		if (!params || this.pos != this.end - 1 || this.line[this.pos] != '}') {
			return false;
		}
		this.method = METHODS[m];
		return true;
	}

	/** The index of the method at the current position (with its closing quote), or -1. */
	private int methodIndex() {
		for (int i = 0; i < METHOD_BYTES.length; i++) {
			if (skip(METHOD_BYTES[i])) {
				return i;
			}
		}
		return -1;
	}

	/** Reads the members of params (its opening brace just read) and its closing brace. */
	private boolean params() {
		int seen = 0;
		while (true) {
			int member = member();
			if (member < 0 || (seen & (1 << member)) != 0) {
				return false;
			}
			seen |= 1 << member;
			int start = this.pos;
			int stop = stringEnd();
			if (stop < 0) {
				return false;
			}
			this.pos = stop + 1;
			String value = (member == DELTA) ? text(start, stop) : id(member, start, stop);
			if (value == null) {
				return false;
			}
			switch (member) {
				case THREAD_ID -> this.threadId = value;
				case TURN_ID -> this.turnId = value;
				case ITEM_ID -> this.itemId = value;
				default -> this.delta = value;
			}
			if (this.pos >= this.end) {
				return false;
			}
			byte next = this.line[this.pos++];
			if (next == '}') {
				return seen == ALL_MEMBERS;
			}
			if (next != ',') {
				return false;
			}
		}
	}

	/** The index in {@link #MEMBERS} of the member at the current position (read to its value's opening quote). */
	private int member() {
		for (int i = 0; i < MEMBERS.length; i++) {
			if (skip(MEMBERS[i])) {
				return i;
			}
		}
		return -1;
	}

	/** An integer of 1 to 18 digits, without a leading zero, optionally negative (as the general path reads). */
	private boolean integer() {
		if (this.pos < this.end && this.line[this.pos] == '-') {
			this.pos++;
		}
		int start = this.pos;
		while (this.pos < this.end && this.line[this.pos] >= '0' && this.line[this.pos] <= '9') {
			this.pos++;
		}
		int digits = this.pos - start;
		return digits > 0 && digits <= 18 && (digits == 1 || this.line[start] != '0');
	}

	/**
	 * The position of the closing quote of the string whose opening quote was just read, or -1 (the line ends, or a
	 * control character). Sets {@link #plain}.
	 */
	private int stringEnd() {
		boolean ascii = true;
		byte[] bytes = this.line;
		for (int i = this.pos; i < this.end; i++) {
			byte c = bytes[i];
			if (c == '"') {
				this.plain = ascii;
				return i;
			}
			if (c == '\\') {
				ascii = false;
				i++; // the escaped character: checked when decoded
			}
			else if (c < 0) {
				ascii = false;
			}
			else if (c < 0x20) {
				return -1;
			}
		}
		return -1;
	}

	/** The id at {@code slot}: the previous line's string when the bytes are the same. */
	private String id(int slot, int start, int stop) {
		byte[] last = this.lastIdBytes[slot];
		if (matches(start, stop, last)) {
			return this.lastIds[slot];
		}
		String text = text(start, stop);
		if (text != null && stop - start <= MAX_REMEMBERED_ID) {
			this.lastIdBytes[slot] = Arrays.copyOfRange(this.line, start, stop);
			this.lastIds[slot] = text;
		}
		return text;
	}

	/** The string between the quotes, or {@code null} if it is not one this reader reads. */
	private String text(int start, int stop) {
		if (this.plain) {
			return (stop - start > MAX_STRING_LENGTH) ? null
					: new String(this.line, start, stop - start, StandardCharsets.ISO_8859_1);
		}
		return decode(start, stop);
	}

	/** Decodes escapes and UTF-8 (strictly: malformed input is left to the general path), or {@code null}. */
	private String decode(int start, int stop) {
		byte[] bytes = this.line;
		char[] out = chars(stop - start);
		int n = 0;
		int i = start;
		while (i < stop) {
			int c = bytes[i] & 0xFF;
			if (c < 0x80) {
				if (c != '\\') {
					out[n++] = (char) c;
					i++;
					continue;
				}
				if (i + 1 >= stop) {
					return null;
				}
				byte e = bytes[i + 1];
				i += 2;
				switch (e) {
					case '"', '\\', '/' -> out[n++] = (char) e;
					case 'b' -> out[n++] = '\b';
					case 'f' -> out[n++] = '\f';
					case 'n' -> out[n++] = '\n';
					case 'r' -> out[n++] = '\r';
					case 't' -> out[n++] = '\t';
					case 'u' -> {
						if (i + 4 > stop) {
							return null;
						}
						int code = 0;
						for (int k = 0; k < 4; k++) {
							int digit = ProtocolLineParser.hexDigit((char) bytes[i++]); // a byte over 0x7F is no digit
							if (digit < 0) {
								return null;
							}
							code = code * 16 + digit;
						}
						out[n++] = (char) code;
					}
					default -> {
						return null;
					}
				}
			}
			else if (c >= 0xC2 && c <= 0xDF) {
				if (i + 1 >= stop || !continuation(bytes[i + 1])) {
					return null;
				}
				out[n++] = (char) (((c & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
				i += 2;
			}
			else if (c >= 0xE0 && c <= 0xEF) {
				if (i + 2 >= stop) {
					return null;
				}
				int b1 = bytes[i + 1] & 0xFF;
				// no overlong form (E0 80..9F), no surrogate (ED A0..BF)
				int lowest = (c == 0xE0) ? 0xA0 : 0x80;
				int highest = (c == 0xED) ? 0x9F : 0xBF;
				if (b1 < lowest || b1 > highest || !continuation(bytes[i + 2])) {
					return null;
				}
				out[n++] = (char) (((c & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
				i += 3;
			}
			else if (c >= 0xF0 && c <= 0xF4) {
				if (i + 3 >= stop) {
					return null;
				}
				int b1 = bytes[i + 1] & 0xFF;
				// no overlong form (F0 80..8F), nothing beyond U+10FFFF (F4 90..)
				int lowest = (c == 0xF0) ? 0x90 : 0x80;
				int highest = (c == 0xF4) ? 0x8F : 0xBF;
				if (b1 < lowest || b1 > highest || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
					return null;
				}
				int code = ((c & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
						| (bytes[i + 3] & 0x3F);
				out[n++] = Character.highSurrogate(code);
				out[n++] = Character.lowSurrogate(code);
				i += 4;
			}
			else {
				return null;
			}
		}
		return (n > MAX_STRING_LENGTH) ? null : new String(out, 0, n);
	}

	/** A buffer of at least {@code size} chars: the kept one, grown up to {@link #MAX_KEPT_CHARS}, or a new one. */
	private char[] chars(int size) {
		if (size <= this.chars.length) {
			return this.chars;
		}
		if (size > MAX_KEPT_CHARS) {
			return new char[size];
		}
		this.chars = new char[Math.max(size, Math.min(this.chars.length * 2, MAX_KEPT_CHARS))];
		return this.chars;
	}

	private static boolean continuation(byte b) {
		return (b & 0xC0) == 0x80;
	}


	/** Moves past {@code expected} if the line continues with it. */
	private boolean skip(byte[] expected) {
		int stop = this.pos + expected.length;
		if (stop > this.end || !matches(this.pos, stop, expected)) {
			return false;
		}
		this.pos = stop;
		return true;
	}

	/**
	 * Whether the line's bytes from start to stop are {@code expected}. A plain loop over a few dozen bytes rather than
	 * {@code Arrays.equals}: the JDK's shared comparison code is then not compiled for the deltas' bytes alone (a
	 * turn's other lines would invalidate it for every caller).
	 */
	private boolean matches(int start, int stop, byte[] expected) {
		if (stop - start != expected.length) {
			return false;
		}
		byte[] bytes = this.line;
		for (int i = 0; i < expected.length; i++) {
			if (bytes[start + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[][] bytes(String[] words, String before, String after) {
		byte[][] result = new byte[words.length][];
		for (int i = 0; i < words.length; i++) {
			result[i] = utf8(before + words[i] + after);
		}
		return result;
	}

}
