package dev.codexjava.protocol;

import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Writes a JSON tree as compact text with Jackson's streaming generator alone, as the mapper writes it, so that the
 * requests of a fresh JVM's first {@code Codex.start} (trees built by the SDK) are sent without building the mapper
 * (some 400 classes of Jackson's databind). A tree that holds anything but JSON values (a {@code POJONode}, a
 * missing node) is left to the mapper. {@link Json#write} tries {@link CompactTreeWriter} first: this writer takes the
 * trees it leaves (a binary node, a node subclass, nesting beyond the generator's limit).
 */
final class TreeWriter {

	private TreeWriter() {
	}

	/** The tree as compact JSON, or null when only the mapper can write it. */
	static @Nullable String write(JsonFactory factory, JsonNode tree) {
		// as the mapper does: the text is gathered in the (per-thread) recycled buffers, then copied once
		BufferRecycler recycler = factory._getBufferRecycler();
		try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
			try (JsonGenerator generator = factory.createGenerator(out)) {
				if (!write(generator, tree)) {
					return null;
				}
			}
			return out.getAndClear();
		}
		finally {
			recycler.releaseToPool();
		}
	}

	/**
	 * Writes the node; false (the output then unusable) at a node that is not a JSON value. Nesting deeper than the
	 * factory's {@code maxNestingDepth} fails in the generator as it fails in the mapper.
	 */
	private static boolean write(JsonGenerator generator, JsonNode node) {
		switch (node.getNodeType()) {
			case OBJECT -> {
				generator.writeStartObject();
				for (Map.Entry<String, JsonNode> member : node.properties()) {
					generator.writeName(member.getKey());
					if (!write(generator, member.getValue())) {
						return false;
					}
				}
				generator.writeEndObject();
			}
			case ARRAY -> {
				generator.writeStartArray();
				for (int i = 0, n = node.size(); i < n; i++) {
					if (!write(generator, node.get(i))) {
						return false;
					}
				}
				generator.writeEndArray();
			}
			case STRING -> generator.writeString(node.stringValue());
			case BOOLEAN -> generator.writeBoolean(node.booleanValue());
			case NULL -> generator.writeNull();
			case BINARY -> generator.writeBinary(node.binaryValue());
			case NUMBER -> number(generator, node);
			default -> {
				return false;
			}
		}
		return true;
	}

	private static void number(JsonGenerator generator, JsonNode node) {
		switch (node.numberType()) {
			case INT -> generator.writeNumber(node.intValue());
			case LONG -> generator.writeNumber(node.longValue());
			case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
			case FLOAT -> generator.writeNumber(node.floatValue());
			case DOUBLE -> generator.writeNumber(node.doubleValue());
			case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
		}
	}

}
