package dev.codexjava.protocol;

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
 * Writes a tree of plain JSON values straight into a {@link StringBuilder}, exactly as the SDK's mapper writes it
 * (compact; {@code "}, {@code \} and the control characters below U+0020 escaped, with Jackson's short forms
 * {@code \b \t \n \f \r} and upper-case {@code &#92;u00XX} otherwise; everything else, {@code /} and lone surrogates
 * included, as is; numbers as Jackson writes each numeric node, non-finite floating-point numbers quoted). No
 * generator, no recycled buffers: a request of the SDK costs its builder and its string.
 * <p>
 * Only the node classes the SDK builds are written; anything else (a {@code POJONode}, a binary or missing node, a
 * subclass of any node class) and nesting deeper than the mapper's limit give {@code null}, for the generator's path.
 * <p>
 * A new builder per call rather than a per-thread buffer: requests are sent from the application's threads, often
 * virtual threads living for one request, where a per-thread buffer would be allocated per call anyway and then
 * retained by each carrier-less thread; a builder of the usual request's size rarely grows, and nothing outlives the
 * call, however large the request was.
 */
final class CompactTreeWriter {

	/** Fits a typical {@code turn/start} request (about 200 characters) without growing. */
	private static final int INITIAL_CAPACITY = 256;

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private CompactTreeWriter() {
	}

	/**
	 * The tree as compact JSON, or null when it holds anything but the plain JSON node classes, or containers nested
	 * deeper than {@code maxDepth} (left to the generator, which writes or rejects them as the mapper does).
	 */
	static @Nullable String write(JsonNode tree, int maxDepth) {
		StringBuilder out = new StringBuilder(INITIAL_CAPACITY);
		return value(out, tree, 0, maxDepth) ? out.toString() : null;
	}

	/** Appends the node; false at a node this writer does not write (the output then unusable). */
	private static boolean value(StringBuilder out, JsonNode node, int depth, int maxDepth) {
		Class<?> type = node.getClass();
		if (type == StringNode.class) {
			string(out, node.stringValue());
		}
		else if (type == ObjectNode.class) {
			return object(out, node, depth + 1, maxDepth);
		}
		else if (type == ArrayNode.class) {
			return array(out, node, depth + 1, maxDepth);
		}
		else if (type == IntNode.class || type == ShortNode.class) {
			out.append(node.intValue());
		}
		else if (type == LongNode.class) {
			out.append(node.longValue());
		}
		else if (type == BooleanNode.class) {
			out.append(node.booleanValue());
		}
		else if (type == NullNode.class) {
			out.append("null");
		}
		else if (type == DoubleNode.class) {
			double d = node.doubleValue();
			if (Double.isFinite(d)) {
				out.append(Double.toString(d));
			}
			else {
				out.append('"').append(Double.toString(d)).append('"');
			}
		}
		else if (type == FloatNode.class) {
			float f = node.floatValue();
			if (Float.isFinite(f)) {
				out.append(Float.toString(f));
			}
			else {
				out.append('"').append(Float.toString(f)).append('"');
			}
		}
		else if (type == DecimalNode.class) {
			out.append(node.decimalValue().toString());
		}
		else if (type == BigIntegerNode.class) {
			out.append(node.bigIntegerValue().toString());
		}
		else {
			return false;
		}
		return true;
	}

	private static boolean object(StringBuilder out, JsonNode node, int depth, int maxDepth) {
		if (depth > maxDepth) {
			return false;
		}
		out.append('{');
		boolean first = true;
		for (Map.Entry<String, JsonNode> member : node.properties()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			string(out, member.getKey());
			out.append(':');
			if (!value(out, member.getValue(), depth, maxDepth)) {
				return false;
			}
		}
		out.append('}');
		return true;
	}

	private static boolean array(StringBuilder out, JsonNode node, int depth, int maxDepth) {
		if (depth > maxDepth) {
			return false;
		}
		out.append('[');
		for (int i = 0, n = node.size(); i < n; i++) {
			if (i > 0) {
				out.append(',');
			}
			if (!value(out, node.get(i), depth, maxDepth)) {
				return false;
			}
		}
		out.append(']');
		return true;
	}

	/** Appends the text quoted, escaped as Jackson escapes by default. */
	private static void string(StringBuilder out, String text) {
		out.append('"');
		int length = text.length();
		int i = 0;
		while (i < length && !escaped(text.charAt(i))) {
			i++;
		}
		if (i == length) {
			out.append(text); // the usual case: one bulk copy
		}
		else {
			out.append(text, 0, i);
			for (; i < length; i++) {
				char c = text.charAt(i);
				if (escaped(c)) {
					escape(out, c);
				}
				else {
					out.append(c);
				}
			}
		}
		out.append('"');
	}

	private static boolean escaped(char c) {
		return c < 0x20 || c == '"' || c == '\\';
	}

	private static void escape(StringBuilder out, char c) {
		out.append('\\');
		switch (c) {
			case '"', '\\' -> out.append(c);
			case '\b' -> out.append('b');
			case '\t' -> out.append('t');
			case '\n' -> out.append('n');
			case '\f' -> out.append('f');
			case '\r' -> out.append('r');
			default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
		}
	}

}
