package dev.codexjava.protocol;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.FloatNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ShortNode;
import tools.jackson.databind.node.StringNode;

import org.jspecify.annotations.Nullable;

/**
 * Writes a tree of plain JSON values straight into a char buffer, exactly as the SDK's mapper writes it (compact;
 * {@code "}, {@code \} and the control characters below U+0020 escaped, with Jackson's short forms
 * {@code \b \t \n \f \r} and upper-case {@code &#92;u00XX} otherwise; everything else, {@code /} and lone surrogates
 * included, as is; numbers as Jackson writes each numeric node, non-finite floating-point numbers quoted). No
 * generator, no recycled buffers from Jackson's pool: a request of the SDK costs its string.
 * <p>
 * Only the node classes the SDK builds are written; anything else (a {@code POJONode}, a binary or missing node, a
 * subclass of any node class) and nesting deeper than the mapper's limit give {@code null}, for the generator's path.
 * <p>
 * The buffer is kept per platform thread (as Jackson's own buffers are, see {@link Json}): a fresh builder per
 * request costs its growth and a copy of about twice the request's size. A thread keeps at most {@value #RETAINED}
 * chars (16 KiB): the bigger buffer a huge request needed is dropped after the call. A virtual thread (Java 21+, found
 * through {@code Thread.isVirtual} looked up once, the SDK being built for Java 17) keeps none: it usually lives for
 * one task, so a kept buffer would be allocated as often as a fresh one and held by each of thousands of threads.
 * Writing can call outside code (a subclass of {@code BigDecimal} or {@code BigInteger} in a numeric node, the map or
 * list a node was built around): a call that re-enters on the same thread, while the thread's buffer is in use,
 * writes into a buffer of its own.
 */
final class CompactTreeWriter {

	/** Fits a typical {@code turn/start} request (about 300 characters) and much more without growing. */
	private static final int INITIAL = 1024;

	/** The largest array length the VM allocates on every platform (as the JDK's own buffers assume). */
	private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

	/** The largest buffer a thread keeps between calls. */
	private static final int RETAINED = 8192;

	private static final ThreadLocal<CompactTreeWriter> PER_THREAD = new ThreadLocal<>();

	/** {@code Thread.isVirtual()} on Java 21+, null before (no virtual threads). */
	private static final @Nullable MethodHandle IS_VIRTUAL = isVirtualHandle();

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private static final char[] NULL = "null".toCharArray();

	private static final char[] TRUE = "true".toCharArray();

	private static final char[] FALSE = "false".toCharArray();

	private static final char[] LONG_MIN = Long.toString(Long.MIN_VALUE).toCharArray();

	private char[] buffer = new char[INITIAL];

	private int length;

	/** Whether a call on this thread is writing into the buffer (a call from within it takes a fresh writer). */
	private boolean busy;

	private CompactTreeWriter() {
	}

	/**
	 * The tree as compact JSON, or null when it holds anything but the plain JSON node classes, or containers nested
	 * deeper than {@code maxDepth} (left to the generator, which writes or rejects them as the mapper does).
	 */
	static @Nullable String write(JsonNode tree, int maxDepth) {
		CompactTreeWriter writer = acquire();
		writer.busy = true;
		writer.length = 0;
		try {
			return writer.value(tree, 0, maxDepth) ? new String(writer.buffer, 0, writer.length) : null;
		}
		finally {
			writer.busy = false;
			if (writer.buffer.length > RETAINED) {
				writer.buffer = new char[INITIAL];
			}
		}
	}

	/** The chars this thread's buffer holds between calls, 0 when it keeps none (for tests). */
	static int retainedChars() {
		CompactTreeWriter writer = PER_THREAD.get();
		return (writer != null) ? writer.buffer.length : 0;
	}

	/** This thread's kept writer; a fresh one on a virtual thread or when the kept one is in use (re-entered). */
	private static CompactTreeWriter acquire() {
		if (onVirtualThread()) {
			return new CompactTreeWriter();
		}
		CompactTreeWriter kept = PER_THREAD.get();
		if (kept == null) {
			kept = new CompactTreeWriter();
			PER_THREAD.set(kept);
		}
		return kept.busy ? new CompactTreeWriter() : kept;
	}

	private static boolean onVirtualThread() {
		if (IS_VIRTUAL == null) {
			return false;
		}
		try {
			return (boolean) IS_VIRTUAL.invokeExact(Thread.currentThread());
		}
		catch (Throwable ex) {
			return false;
		}
	}

	private static @Nullable MethodHandle isVirtualHandle() {
		try {
			return MethodHandles.publicLookup()
				.findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
		}
		catch (NoSuchMethodException | IllegalAccessException ex) {
			return null;
		}
	}

	/** Appends the node; false at a node this writer does not write (the output then unusable). */
	private boolean value(JsonNode node, int depth, int maxDepth) {
		Class<?> type = node.getClass();
		if (type == StringNode.class) {
			string(node.stringValue());
		}
		else if (type == ObjectNode.class) {
			return object(node, depth + 1, maxDepth);
		}
		else if (type == ArrayNode.class) {
			return array(node, depth + 1, maxDepth);
		}
		else if (type == IntNode.class || type == ShortNode.class) {
			integer(node.intValue());
		}
		else if (type == LongNode.class) {
			integer(node.longValue());
		}
		else if (type == BooleanNode.class) {
			append(node.booleanValue() ? TRUE : FALSE);
		}
		else if (type == NullNode.class) {
			append(NULL);
		}
		else if (type == DoubleNode.class) {
			double d = node.doubleValue();
			floatingPoint(Double.toString(d), Double.isFinite(d));
		}
		else if (type == FloatNode.class) {
			float f = node.floatValue();
			floatingPoint(Float.toString(f), Float.isFinite(f));
		}
		else if (type == DecimalNode.class) {
			append(node.decimalValue().toString());
		}
		else if (type == BigIntegerNode.class) {
			append(node.bigIntegerValue().toString());
		}
		else {
			return false;
		}
		return true;
	}

	private boolean object(JsonNode node, int depth, int maxDepth) {
		if (depth > maxDepth) {
			return false;
		}
		append('{');
		boolean first = true;
		for (Map.Entry<String, JsonNode> member : node.properties()) {
			if (!first) {
				append(',');
			}
			first = false;
			string(member.getKey());
			append(':');
			if (!value(member.getValue(), depth, maxDepth)) {
				return false;
			}
		}
		append('}');
		return true;
	}

	private boolean array(JsonNode node, int depth, int maxDepth) {
		if (depth > maxDepth) {
			return false;
		}
		append('[');
		for (int i = 0, n = node.size(); i < n; i++) {
			if (i > 0) {
				append(',');
			}
			if (!value(node.get(i), depth, maxDepth)) {
				return false;
			}
		}
		append(']');
		return true;
	}

	/** Jackson quotes NaN and the infinities (its default {@code WRITE_NAN_AS_STRINGS}). */
	private void floatingPoint(String text, boolean finite) {
		if (finite) {
			append(text);
		}
		else {
			append('"');
			append(text);
			append('"');
		}
	}

	/** Appends the text quoted, escaped as Jackson escapes by default. */
	private void string(String text) {
		int n = text.length();
		ensure(n + 2);
		char[] b = this.buffer;
		int at = this.length;
		b[at++] = '"';
		text.getChars(0, n, b, at); // the usual case, nothing to escape: one bulk copy
		for (int i = 0; i < n; i++, at++) {
			char c = b[at];
			if (c < 0x20 || c == '"' || c == '\\') {
				this.length = at;
				escapeFrom(text, i);
				ensure(1);
				b = this.buffer;
				at = this.length;
				break;
			}
		}
		b[at++] = '"';
		this.length = at;
	}

	/** Appends {@code text} from index {@code i} (a char to escape) on, escaping. */
	private void escapeFrom(String text, int i) {
		int n = text.length();
		for (; i < n; i++) {
			char c = text.charAt(i);
			ensure(6); // the longest escape
			char[] b = this.buffer;
			int at = this.length;
			if (c >= 0x20 && c != '"' && c != '\\') {
				b[at++] = c;
			}
			else {
				b[at++] = '\\';
				switch (c) {
					case '"', '\\' -> b[at++] = c;
					case '\b' -> b[at++] = 'b';
					case '\t' -> b[at++] = 't';
					case '\n' -> b[at++] = 'n';
					case '\f' -> b[at++] = 'f';
					case '\r' -> b[at++] = 'r';
					default -> {
						b[at++] = 'u';
						b[at++] = '0';
						b[at++] = '0';
						b[at++] = HEX[c >> 4];
						b[at++] = HEX[c & 0xF];
					}
				}
			}
			this.length = at;
		}
	}

	/** Appends the decimal digits, as {@code Long.toString} (and {@code Integer.toString}) writes them. */
	private void integer(long value) {
		if (value == Long.MIN_VALUE) {
			append(LONG_MIN);
			return;
		}
		ensure(20);
		char[] b = this.buffer;
		int at = this.length;
		long v = value;
		if (v < 0) {
			b[at++] = '-';
			v = -v;
		}
		int digits = 1;
		for (long rest = v / 10; rest != 0; rest /= 10) {
			digits++;
		}
		int end = at + digits;
		for (int i = end - 1; i >= at; i--) {
			b[i] = (char) ('0' + (v % 10));
			v /= 10;
		}
		this.length = end;
	}

	private void append(char c) {
		ensure(1);
		this.buffer[this.length++] = c;
	}

	private void append(char[] chars) {
		ensure(chars.length);
		System.arraycopy(chars, 0, this.buffer, this.length, chars.length);
		this.length += chars.length;
	}

	private void append(String text) {
		int n = text.length();
		ensure(n);
		text.getChars(0, n, this.buffer, this.length);
		this.length += n;
	}

	/** Room for {@code more} chars after the written ones. */
	private void ensure(int more) {
		int needed = this.length + more; // negative when past Integer.MAX_VALUE
		if (needed > this.buffer.length || needed < 0) {
			this.buffer = Arrays.copyOf(this.buffer, grownLength(this.buffer.length, needed));
		}
	}

	/**
	 * The length a buffer of {@code length} chars grows to for {@code needed} chars: doubled, or what is needed if
	 * more, up to the largest array the VM allocates (past 2^30 chars doubling overflows {@code int}; growing by
	 * only the chars needed then copied the whole buffer at each escape of a huge string).
	 */
	static int grownLength(int length, int needed) {
		if (needed < 0 || needed > MAX_LENGTH) {
			throw new OutOfMemoryError("request too large to write");
		}
		return (int) Math.min(MAX_LENGTH, Math.max(needed, 2L * length));
	}

}
