package dev.codexjava.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link CompactTreeWriter} writes the SDK's trees exactly as {@link Json}'s mapper writes them (so the app-server
 * receives the same bytes), and leaves anything else to the generator's path.
 */
class CompactTreeWriterTest {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final int MAX_DEPTH = 500;

	@Test
	void everyCharacterBelowU0080AndTheLineSeparatorsAreWrittenAsTheMapperWritesThem() {
		ArrayNode each = NODES.arrayNode();
		StringBuilder all = new StringBuilder();
		for (char c = 0; c < 0x80; c++) {
			each.add(String.valueOf(c));
			all.append(c);
		}
		each.add("\u2028").add("\u2029").add("a\u2028b\u2029c").add(all.toString());
		assertWrittenAsTheMapperDoes(each);
		ObjectNode keys = NODES.objectNode();
		for (char c = 0; c < 0x20; c++) {
			keys.put("k" + c, c);
		}
		keys.put("\"", 1).put("\\", 2).put("/", 3).put("\u007f", 4);
		assertWrittenAsTheMapperDoes(keys);
		// what Jackson does, pinned: short forms for five controls, upper-case hex for the others, no '/' or DEL escape
		assertThat(CompactTreeWriter.write(NODES.stringNode("\b\t\n\f\r\u0000\u001f\"\\/\u007f\u2028é"), MAX_DEPTH))
			.isEqualTo("\"\\b\\t\\n\\f\\r\\u0000\\u001F\\\"\\\\/\u007f\u2028é\"");
	}

	@Test
	void surrogatesPairedOrLoneAreWrittenAndEncodedAsWithTheMapper() {
		List<String> texts = List.of("😀", "a😀b", "\uD83D", "\uDE00", "x\uD83Dy", "x\uDE00y", "\uDE00\uD83D",
				"\uD83D\uD83D\uDE00", "\uD800", "\uDBFF\uDFFF");
		for (String text : texts) {
			ObjectNode tree = NODES.objectNode();
			tree.put(text, text);
			String ours = CompactTreeWriter.write(tree, MAX_DEPTH);
			String mappers = Json.mapper().writeValueAsString(tree);
			assertThat(ours).isEqualTo(mappers);
			// as the transports encode a line
			assertThat((ours + "\n").getBytes(StandardCharsets.UTF_8))
				.isEqualTo((mappers + "\n").getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void emptyValuesAreWrittenAsTheMapperWritesThem() {
		assertWrittenAsTheMapperDoes(NODES.objectNode());
		assertWrittenAsTheMapperDoes(NODES.arrayNode());
		assertWrittenAsTheMapperDoes(NODES.stringNode(""));
		ObjectNode tree = NODES.objectNode();
		tree.put("", "").set("o", NODES.objectNode());
		tree.putArray("a").add(NODES.arrayNode()).add(NODES.objectNode()).addNull();
		assertWrittenAsTheMapperDoes(tree);
		assertWrittenAsTheMapperDoes(NODES.nullNode());
		assertWrittenAsTheMapperDoes(NODES.booleanNode(true));
	}

	@Test
	void numbersAreWrittenAsTheMapperWritesEachNumericNode() {
		ArrayNode numbers = NODES.arrayNode();
		numbers.add(0).add(-1).add(Integer.MIN_VALUE).add(Integer.MAX_VALUE).add(Long.MIN_VALUE).add(Long.MAX_VALUE);
		numbers.add(NODES.numberNode((short) -7)).add(NODES.numberNode(Short.MIN_VALUE));
		numbers.add(new BigInteger("-123456789012345678901234567890123456789012345678901234567890"))
			.add(BigInteger.ONE.shiftLeft(1000));
		numbers.add(0.0).add(-0.0).add(1e300).add(-1e300).add(4.9e-324).add(Double.MIN_NORMAL).add(Double.MAX_VALUE)
			.add(Double.NaN).add(Double.POSITIVE_INFINITY).add(Double.NEGATIVE_INFINITY);
		numbers.add(2e-3).add(1.0e23).add(1e7).add(1e-3).add(9.999999999999999e22).add(0.1 + 0.2).add(100.0);
		numbers.add(1.25f).add(-0.0f).add(Float.MIN_VALUE).add(Float.MAX_VALUE).add(Float.NaN)
			.add(Float.NEGATIVE_INFINITY).add(1.0e-3f).add(2e-3f).add(1e10f);
		numbers.add(new BigDecimal("1E+3")).add(new BigDecimal("0.000001")).add(new BigDecimal("0.0000001"))
			.add(new BigDecimal("1.50")).add(new BigDecimal("-0.00")).add(new BigDecimal(BigInteger.TEN, 400))
			.add(new BigDecimal(BigInteger.TEN, -400)).add(new BigDecimal("123456789.123456789e-99999"));
		assertWrittenAsTheMapperDoes(numbers);
	}

	@Test
	void deepNestingIsWrittenUpToTheLimitAndLeftToTheGeneratorBeyond() {
		for (int depth : new int[] { 100, 499, 500, 501, 600 }) {
			ArrayNode root = NODES.arrayNode();
			ArrayNode array = root;
			ObjectNode objects = NODES.objectNode();
			ObjectNode object = objects;
			for (int i = 1; i < depth; i++) {
				array = array.addArray();
				object = object.putObject("k");
			}
			array.add("leaf");
			object.put("leaf", 1);
			for (JsonNode tree : List.of(root, objects)) {
				String ours = CompactTreeWriter.write(tree, MAX_DEPTH);
				if (depth <= MAX_DEPTH) {
					assertThat(ours).isEqualTo(Json.mapper().writeValueAsString(tree));
				}
				else {
					assertThat(ours).isNull();
				}
				if (depth <= MAX_DEPTH) {
					assertThat(Json.write(tree)).isEqualTo(Json.mapper().writeValueAsString(tree));
				}
				else {
					assertThatThrownBy(() -> Json.mapper().writeValueAsString(tree))
						.isInstanceOf(StreamConstraintsException.class);
					assertThatThrownBy(() -> Json.write(tree)).isInstanceOf(StreamConstraintsException.class);
				}
			}
		}
	}

	@Test
	void randomTreesWithStringsFromTheWholeCharRangeAreWrittenAsTheMapperWritesThem() {
		for (long seed = 1; seed <= 5; seed++) {
			Random random = new Random(seed);
			for (int i = 0; i < 1_000; i++) {
				assertWrittenAsTheMapperDoes(randomTree(random, 0));
			}
		}
	}

	@Test
	void longStringsGrowTheBufferAndAHugeRequestIsNotRetained() {
		Random random = new Random(7);
		for (int length : new int[] { 1_000, 1_021, 1_022, 1_023, 1_024, 3_000, 20_000 }) {
			StringBuilder plain = new StringBuilder();
			StringBuilder escaped = new StringBuilder();
			for (int i = 0; i < length; i++) {
				plain.append((char) ('a' + random.nextInt(26)));
				escaped.append((i % 3 == 0) ? (char) random.nextInt(0x20) : 'é');
			}
			ArrayNode tree = NODES.arrayNode().add(plain.toString()).add(escaped.toString());
			tree.addObject().put(escaped.toString(), plain.toString());
			assertWrittenAsTheMapperDoes(tree);
			assertWrittenAsTheMapperDoes(NODES.stringNode("\n" + plain));
		}
		ObjectNode huge = NODES.objectNode();
		huge.put("text", "x\n".repeat(1_000_000));
		assertWrittenAsTheMapperDoes(huge);
		assertThat(CompactTreeWriter.retainedChars()).isLessThanOrEqualTo(8192);
	}

	@Test
	void aBufferPastTwoToTheThirtyCharsStillGrowsByDoublingUpToTheArrayLimit() {
		// a request of over 2^30 chars with escapes: growing by the few chars each escape needs copied the whole
		// buffer at every one of them (minutes at 100 % CPU for a 1 GiB string of "x\n")
		int big = (1 << 30) + 10;
		assertThat(CompactTreeWriter.grownLength(big, big + 6)).isEqualTo(Integer.MAX_VALUE - 8);
		assertThat(CompactTreeWriter.grownLength(1024, 1025)).isEqualTo(2048);
		assertThat(CompactTreeWriter.grownLength(1024, 5000)).isEqualTo(5000);
		assertThat(CompactTreeWriter.grownLength(Integer.MAX_VALUE - 100, Integer.MAX_VALUE - 8))
			.isEqualTo(Integer.MAX_VALUE - 8);
		// past the limit (or an int overflowed past it): no array, no text of the request in the error
		assertThatThrownBy(() -> CompactTreeWriter.grownLength(Integer.MAX_VALUE - 8, Integer.MAX_VALUE - 7))
			.isInstanceOf(OutOfMemoryError.class)
			.hasMessage("request too large to write");
		assertThatThrownBy(() -> CompactTreeWriter.grownLength(Integer.MAX_VALUE - 8, Integer.MIN_VALUE + 3))
			.isInstanceOf(OutOfMemoryError.class);
	}

	@Test
	void aJavaObjectOrBinaryOrCustomNodeIsLeftToTheGeneratorOrTheMapper() {
		ObjectNode pojo = NODES.objectNode();
		pojo.put("first", 1).putArray("list").add("x").addPOJO(List.of("y", 2));
		assertThat(CompactTreeWriter.write(pojo, MAX_DEPTH)).isNull();
		assertThat(Json.write(pojo)).isEqualTo("{\"first\":1,\"list\":[\"x\",[\"y\",2]]}");

		ObjectNode binary = NODES.objectNode();
		binary.put("bytes", new byte[] { 0, 1, 2, (byte) 255 });
		assertThat(CompactTreeWriter.write(binary, MAX_DEPTH)).isNull();
		assertThat(Json.write(binary)).isEqualTo(Json.mapper().writeValueAsString(binary))
			.isEqualTo("{\"bytes\":\"AAEC/w==\"}");

		ObjectNode custom = NODES.objectNode();
		custom.set("custom", new CustomObjectNode());
		assertThat(CompactTreeWriter.write(custom, MAX_DEPTH)).isNull();
		assertThat(Json.mapper().writeValueAsString(custom)).isEqualTo("{\"custom\":\"custom\"}");
	}

	@Test
	void aWriteCalledBackFromWithinAWriteOnTheSameThreadLeavesTheOuterTextIntact() {
		// outside code a plain node can call: a BigDecimal subclass's toString, the map an ObjectNode was built around
		ObjectNode big = NODES.objectNode().put("inner", "y".repeat(10_000));
		BigDecimal writesOnToString = new BigDecimal("1.5") {
			@Override
			public String toString() {
				Json.write(big);
				return super.toString();
			}
		};
		ObjectNode viaNumber = NODES.objectNode().put("a", "before").put("n", writesOnToString).put("b", "after");
		assertThat(Json.write(viaNumber)).isEqualTo("{\"a\":\"before\",\"n\":1.5,\"b\":\"after\"}");

		Map<String, JsonNode> members = new LinkedHashMap<>() {
			@Override
			public Set<Map.Entry<String, JsonNode>> entrySet() {
				Json.write(NODES.arrayNode().add(1));
				return super.entrySet();
			}
		};
		members.put("k", NODES.stringNode("v"));
		ObjectNode viaMap = NODES.objectNode().put("a", "before").set("m", new ObjectNode(NODES, members));
		assertThat(Json.write(viaMap)).isEqualTo("{\"a\":\"before\",\"m\":{\"k\":\"v\"}}");
	}

	@Test
	void aPlatformThreadKeepsItsBufferAndAVirtualThreadKeepsNone() throws Exception {
		ObjectNode tree = NODES.objectNode().put("text", "Say \"ok\"\n");
		String expected = Json.mapper().writeValueAsString(tree);
		String[] written = new String[2];
		int[] kept = new int[2];
		Thread platform = new Thread(() -> {
			written[0] = Json.write(tree);
			kept[0] = CompactTreeWriter.retainedChars();
		});
		platform.start();
		platform.join();
		assertThat(written[0]).isEqualTo(expected);
		assertThat(kept[0]).isPositive();

		// virtual threads exist from Java 21 on (the SDK is built for 17): runs when the tests run on a newer JDK
		assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21+");
		Thread virtual = (Thread) Thread.class.getMethod("startVirtualThread", Runnable.class).invoke(null,
				(Runnable) () -> {
					written[1] = Json.write(tree);
					kept[1] = CompactTreeWriter.retainedChars();
				});
		virtual.join();
		assertThat(written[1]).isEqualTo(expected);
		assertThat(kept[1]).isZero();
	}

	@Test
	void theSdksRequestsAreWrittenByThisWriter() {
		ObjectNode request = Json.object();
		request.put("id", 12L).put("method", "turn/start");
		ObjectNode params = request.putObject("params").put("threadId", "019a0000-1234-5678-9abc-def012345678");
		params.putArray("input").addObject().put("type", "text").put("text", "Say \"ok\"\n").putArray("text_elements");
		String expected = "{\"id\":12,\"method\":\"turn/start\",\"params\":{\"threadId\":"
				+ "\"019a0000-1234-5678-9abc-def012345678\",\"input\":[{\"type\":\"text\",\"text\":\"Say \\\"ok\\\"\\n\","
				+ "\"text_elements\":[]}]}}";
		assertThat(CompactTreeWriter.write(request, MAX_DEPTH)).isEqualTo(expected);
		assertThat(Json.write(request)).isEqualTo(expected).isEqualTo(Json.mapper().writeValueAsString(request));
	}

	private static void assertWrittenAsTheMapperDoes(JsonNode tree) {
		String mappers = Json.mapper().writeValueAsString(tree);
		assertThat(CompactTreeWriter.write(tree, MAX_DEPTH)).as(mappers).isEqualTo(mappers);
		assertThat(Json.write(tree)).isEqualTo(mappers);
	}

	private static JsonNode randomTree(Random random, int depth) {
		int kind = random.nextInt((depth > 5) ? 11 : 13);
		return switch (kind) {
			case 0 -> NODES.numberNode(random.nextInt());
			case 1 -> NODES.numberNode(random.nextLong());
			case 2 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(600) - 300));
			case 3 -> NODES.numberNode(Double.longBitsToDouble(random.nextLong()));
			case 4 -> NODES.numberNode(Float.intBitsToFloat(random.nextInt()));
			case 5 -> NODES.stringNode(randomString(random));
			case 6 -> NODES.booleanNode(random.nextBoolean());
			case 7 -> NODES.nullNode();
			case 8 -> NODES.numberNode(new BigDecimal(new BigInteger(random.nextInt(200) + 1, random),
					random.nextInt(2_000) - 1_000));
			case 9 -> NODES.numberNode(new BigInteger(random.nextInt(300) + 1, random).negate());
			case 10 -> NODES.numberNode((short) random.nextInt());
			case 11 -> {
				ObjectNode object = NODES.objectNode();
				for (int i = random.nextInt(6); i > 0; i--) {
					object.set(randomString(random), randomTree(random, depth + 1));
				}
				yield object;
			}
			default -> {
				ArrayNode array = NODES.arrayNode();
				for (int i = random.nextInt(6); i > 0; i--) {
					array.add(randomTree(random, depth + 1));
				}
				yield array;
			}
		};
	}

	/** Characters from the whole char range, weighted toward those that are escaped or special. */
	private static String randomString(Random random) {
		StringBuilder sb = new StringBuilder();
		for (int i = random.nextInt(12); i > 0; i--) {
			switch (random.nextInt(6)) {
				case 0 -> sb.append((char) random.nextInt(0x20));
				case 1 -> sb.append((char) (0x20 + random.nextInt(0x60)));
				case 2 -> sb.append((char) (0xD800 + random.nextInt(0x800))); // a surrogate, paired only by chance
				case 3 -> sb.appendCodePoint(0x10000 + random.nextInt(0x100000)); // a pair
				case 4 -> sb.append("\"\\/\u007f\u2028\u2029".charAt(random.nextInt(6)));
				default -> sb.append((char) random.nextInt(0x10000));
			}
		}
		return sb.toString();
	}

	/** A node type the writer does not know: it must not be written as its superclass. */
	private static final class CustomObjectNode extends ObjectNode {

		CustomObjectNode() {
			super(NODES);
		}

		@Override
		public void serialize(tools.jackson.core.JsonGenerator g, tools.jackson.databind.SerializationContext ctxt) {
			g.writeString("custom");
		}

	}

}
