package dev.codexjava.protocol;

import java.io.StringWriter;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Writes a JSON tree as compact text with Jackson's streaming generator alone, as the mapper writes it, so that the
 * requests of a fresh JVM's first {@code Codex.start} (trees built by the SDK) are sent without building the mapper
 * (some 400 classes of Jackson's databind). A tree that holds anything but JSON values (a {@code POJONode}, a
 * missing node) is left to the mapper.
 */
final class TreeWriter {

	private TreeWriter() {
	}

	/** The tree as compact JSON, or null when only the mapper can write it. */
	static @Nullable String write(JsonFactory factory, JsonNode tree) {
		if (!plain(tree, 0)) {
			return null;
		}
		StringWriter out = new StringWriter(128);
		try (JsonGenerator generator = factory.createGenerator(out)) {
			write(generator, tree);
		}
		return out.toString();
	}

	/** Whether the tree holds JSON values only (and is not deeper than the mapper's own writing would go). */
	private static boolean plain(JsonNode node, int depth) {
		if (depth > 500) {
			return false;
		}
		switch (node.getNodeType()) {
			case OBJECT, ARRAY -> {
				for (JsonNode child : node.values()) {
					if (!plain(child, depth + 1)) {
						return false;
					}
				}
				return true;
			}
			case STRING, NUMBER, BOOLEAN, NULL, BINARY -> {
				return true;
			}
			default -> {
				return false;
			}
		}
	}

	private static void write(JsonGenerator generator, JsonNode node) {
		switch (node.getNodeType()) {
			case OBJECT -> {
				generator.writeStartObject();
				for (Map.Entry<String, JsonNode> member : node.properties()) {
					generator.writeName(member.getKey());
					write(generator, member.getValue());
				}
				generator.writeEndObject();
			}
			case ARRAY -> {
				generator.writeStartArray();
				for (JsonNode element : node.values()) {
					write(generator, element);
				}
				generator.writeEndArray();
			}
			case STRING -> generator.writeString(node.stringValue());
			case BOOLEAN -> generator.writeBoolean(node.booleanValue());
			case NULL -> generator.writeNull();
			case BINARY -> generator.writeBinary(node.binaryValue());
			case NUMBER -> number(generator, node);
			default -> throw new IllegalStateException("not a JSON value: " + node.getNodeType());
		}
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
