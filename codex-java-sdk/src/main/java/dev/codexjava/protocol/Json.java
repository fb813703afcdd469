package dev.codexjava.protocol;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/**
 * The SDK's private JSON mapper for the wire protocol (Jackson 3). It is lenient on unknown fields and never shared
 * with the application, so application-wide Jackson customisations cannot change the wire format.
 */
public final class Json {

	// Buffers recycled per thread: nearly every parse runs on a transport's reader thread, and Jackson's default
	// (a shared concurrent deque) costs a CAS and a node allocation per parse on the hot path.
	private static final JsonFactory FACTORY = JsonFactory.builder()
		.recyclerPool(JsonRecyclerPools.threadLocalPool())
		.build();

	/** The generator's nesting limit: deeper trees are left to it, to be written or rejected as the mapper does. */
	private static final int MAX_WRITE_DEPTH = FACTORY.streamWriteConstraints().getMaxNestingDepth();

	/**
	 * The mapper, built at its first use (lazy holder): building it loads and initialises some 400 classes of
	 * Jackson's databind, which {@code Codex.start} would otherwise pay before it even spawns the app-server, so that
	 * the binary's start-up could not overlap with it.
	 */
	private static final class Mapper {

		static final JsonMapper INSTANCE = JsonMapper.builder(FACTORY)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
			.changeDefaultPropertyInclusion((incl) -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();

		private Mapper() {
		}

	}

	private Json() {
	}

	/** The mapper (for SDK-internal use and advanced callers converting raw results). */
	public static JsonMapper mapper() {
		return Mapper.INSTANCE;
	}

	/** The longest string the mapper reads (its {@code maxStringLength}), known without building the mapper. */
	static int maxStringLength() {
		return FACTORY.streamReadConstraints().getMaxStringLength();
	}

	/** Parses text into a tree. */
	public static JsonNode parse(String text) {
		return Mapper.INSTANCE.readTree(text);
	}

	/** Serialises a value (tree, record, map...) to compact JSON. */
	public static String write(@Nullable Object value) {
		if (value instanceof JsonNode tree) {
			// the SDK's requests are trees of plain values: written straight into a builder (CompactTreeWriter);
			// else with the generator alone, without building the mapper (TreeWriter); else by the mapper
			String text = CompactTreeWriter.write(tree, MAX_WRITE_DEPTH);
			if (text == null) {
				text = TreeWriter.write(FACTORY, tree);
			}
			if (text != null) {
				return text;
			}
		}
		return Mapper.INSTANCE.writeValueAsString(value);
	}

	/** Converts a value (record, map, ...) to a tree. */
	public static @Nullable JsonNode toTree(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof JsonNode node) {
			return node;
		}
		return Mapper.INSTANCE.valueToTree(value);
	}

	/**
	 * Converts a tree to a Java type.
	 * @throws IllegalArgumentException if it does not fit
	 */
	public static <T> T convert(JsonNode node, Class<T> type) {
		try {
			return Mapper.INSTANCE.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Cannot map JSON to " + type.getName() + ": " + ex.getOriginalMessage(),
					ex);
		}
	}

	/**
	 * Converts the params of a message to a Java type; absent params ({@code null} or the JSON {@code null}) read as
	 * an empty object.
	 * @throws IllegalArgumentException if they do not fit
	 */
	public static <T> T convertParams(@Nullable JsonNode params, Class<T> type) {
		return convert((params != null && !params.isNull()) ? params : object(), type);
	}

	/** A new empty object node. */
	public static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	/** Text of a field, or {@code null} if missing, null or not textual. */
	public static @Nullable String text(@Nullable JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	/**
	 * Long of a field, or {@code null} when it is missing, null or not a number. Never throws: a fraction is truncated
	 * toward zero, and a number outside the {@code long} range is ignored ({@code null}) with a warning, so an absurd
	 * value from the server cannot break the decoding of the message around it.
	 */
	public static @Nullable Long longValue(@Nullable JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(field);
		if (value == null || !value.isNumber()) {
			return null;
		}
		if (value.isIntegralNumber()) {
			if (value.canConvertToLong()) {
				return value.longValue();
			}
			return outOfRange(field, value, "long");
		}
		double d = value.doubleValue();
		if (Double.isFinite(d) && d > -LONG_LIMIT && d < LONG_LIMIT) {
			return (long) d;
		}
		return outOfRange(field, value, "long");
	}

	/**
	 * Like {@link #longValue}, for counts and durations: a negative value is ignored ({@code null}) with a warning too.
	 */
	public static @Nullable Long countValue(@Nullable JsonNode node, String field) {
		Long value = longValue(node, field);
		if (value != null && value < 0) {
			return outOfRange(field, node.get(field), "non-negative long");
		}
		return value;
	}

	/**
	 * Int of a field, or {@code null} when it is missing, null, not a number, or outside the {@code int} range (the
	 * latter with a warning). Never throws; a fraction is truncated toward zero.
	 */
	public static @Nullable Integer intValue(@Nullable JsonNode node, String field) {
		Long value = longValue(node, field);
		if (value == null) {
			return null;
		}
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			return outOfRange(field, node.get(field), "int");
		}
		return value.intValue();
	}

	/** The logger, loaded on first use (test programs use this class without a logging library). */
	private static final class Warnings {

		static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Json.class);

	}

	/** 2^63 as a double: doubles strictly inside (-2^63, 2^63) fit a long. */
	private static final double LONG_LIMIT = 0x1p63;

	private static <T> T outOfRange(String field, JsonNode value, String type) {
		String text = String.valueOf(value);
		Warnings.log.warn("Ignoring '{}' from the app-server: {} is not a {} value",
				field, (text.length() > 40) ? text.substring(0, 40) + "..." : text, type);
		return null;
	}

}
