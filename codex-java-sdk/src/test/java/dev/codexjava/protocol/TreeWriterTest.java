package dev.codexjava.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Json#write} writes a tree without the mapper ({@link TreeWriter}), byte for byte as the mapper writes it.
 */
class TreeWriterTest {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Test
	void aRequestIsWrittenAsTheMapperWritesIt() {
		ObjectNode request = Json.object();
		request.put("id", 1L);
		request.put("method", "initialize");
		ObjectNode params = request.putObject("params");
		params.putObject("clientInfo").put("name", "codex-java").putNull("title").put("version", "0.1.0");
		params.putObject("capabilities").put("experimentalApi", false).putArray("optOutNotificationMethods").add("a/b");
		assertWrittenAsTheMapperDoes(request);
		assertThat(Json.write(request)).isEqualTo("{\"id\":1,\"method\":\"initialize\",\"params\":{\"clientInfo\":"
				+ "{\"name\":\"codex-java\",\"title\":null,\"version\":\"0.1.0\"},\"capabilities\":"
				+ "{\"experimentalApi\":false,\"optOutNotificationMethods\":[\"a/b\"]}}}");
	}

	@Test
	void everyKindOfValueIsWrittenAsTheMapperWritesIt() {
		ArrayNode values = NODES.arrayNode();
		values.add(0).add(-1).add(Integer.MAX_VALUE).add(Long.MIN_VALUE).add(new BigInteger("123456789012345678901234567890"));
		values.add(0.5).add(-0.0).add(1e300).add(Double.NaN).add(Double.POSITIVE_INFINITY).add(1.25f);
		values.add(new BigDecimal("1.50")).add(new BigDecimal("1E+3")).add(NODES.numberNode((short) 7));
		values.add(true).add(false).addNull().add("").add("quote \" backslash \\ slash / tab \t nl \n nul \u0000 é 😀 \u2028");
		values.add(new byte[] { 0, 1, 2, (byte) 255 }).add(NODES.objectNode()).add(NODES.arrayNode());
		assertWrittenAsTheMapperDoes(values);
		ObjectNode keys = NODES.objectNode();
		keys.put("", 1).put("\"\\\n", 2).put("ünï", 3);
		assertWrittenAsTheMapperDoes(keys);
		assertWrittenAsTheMapperDoes(NODES.stringNode("top"));
		assertWrittenAsTheMapperDoes(NODES.nullNode());
	}

	@Test
	void randomTreesAreWrittenAsTheMapperWritesThem() {
		Random random = new Random(12);
		for (int i = 0; i < 2_000; i++) {
			assertWrittenAsTheMapperDoes(randomTree(random, 0));
		}
	}

	@Test
	void aTreeWithAJavaObjectInsideIsLeftToTheMapper() {
		ObjectNode tree = NODES.objectNode();
		tree.putPOJO("pojo", java.util.List.of("x", 1));
		assertThat(TreeWriter.write(JsonFactoryHolder.FACTORY, tree)).isNull();
		assertThat(Json.write(tree)).isEqualTo("{\"pojo\":[\"x\",1]}");
	}

	@Test
	void aJavaObjectDeepInsideIsFoundAfterWritingBegan() {
		ObjectNode tree = NODES.objectNode();
		tree.put("first", 1).putArray("list").add("x").add(2).addPOJO(new java.util.TreeMap<>(java.util.Map.of("k", 3)));
		assertThat(TreeWriter.write(JsonFactoryHolder.FACTORY, tree)).isNull();
		assertThat(Json.write(tree)).isEqualTo("{\"first\":1,\"list\":[\"x\",2,{\"k\":3}]}");
	}

	@Test
	void aRequestCostsNoMoreAllocationThanWithTheMapper() {
		ObjectNode request = Json.object();
		request.put("id", 12L).put("method", "turn/start");
		ObjectNode params = request.putObject("params").put("threadId", "019a0000-1234-5678-9abc-def012345678");
		params.putArray("input").addObject().put("type", "text").put("text", "Say ok").putArray("text_elements");
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
			.getThreadMXBean();
		long[] perCall = new long[2];
		for (int round = 0; round < 3; round++) { // the last round, once both paths are compiled
			perCall[0] = allocatedPerCall(threads, () -> Json.write(request));
			perCall[1] = allocatedPerCall(threads, () -> Json.mapper().writeValueAsString(request));
		}
		// the mapper's per-call objects (its serialisation context) are gone, the generator's the same; 128 B of slack
		assertThat(perCall[0]).as("bytes per Json.write, the mapper's: " + perCall[1]).isLessThan(perCall[1] + 128);
	}

	private static long allocatedPerCall(com.sun.management.ThreadMXBean threads,
			java.util.function.Supplier<String> write) {
		int calls = 20_000;
		long sink = 0;
		long before = threads.getCurrentThreadAllocatedBytes();
		for (int i = 0; i < calls; i++) {
			sink += write.get().length();
		}
		long bytes = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(sink).isPositive();
		return bytes / calls;
	}

	@Test
	void aTooDeepTreeFailsAsWithTheMapper() {
		ArrayNode root = NODES.arrayNode();
		ArrayNode node = root;
		for (int i = 0; i < 600; i++) {
			node = node.addArray();
		}
		assertThatThrownBy(() -> Json.mapper().writeValueAsString(root)).isInstanceOf(StreamConstraintsException.class);
		assertThatThrownBy(() -> Json.write(root)).isInstanceOf(StreamConstraintsException.class);
	}

	private static void assertWrittenAsTheMapperDoes(JsonNode tree) {
		assertThat(TreeWriter.write(JsonFactoryHolder.FACTORY, tree)).as(tree::toString)
			.isNotNull()
			.isEqualTo(Json.mapper().writeValueAsString(tree));
		assertThat(Json.write(tree)).isEqualTo(Json.mapper().writeValueAsString(tree));
	}

	private static JsonNode randomTree(Random random, int depth) {
		int kind = random.nextInt((depth > 4) ? 7 : 9);
		return switch (kind) {
			case 0 -> NODES.numberNode(random.nextInt());
			case 1 -> NODES.numberNode(random.nextLong());
			case 2 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
			case 3 -> NODES.stringNode(randomString(random));
			case 4 -> NODES.booleanNode(random.nextBoolean());
			case 5 -> NODES.nullNode();
			case 6 -> NODES.numberNode(new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(10)));
			case 7 -> {
				ObjectNode object = NODES.objectNode();
				for (int i = random.nextInt(5); i > 0; i--) {
					object.set(randomString(random), randomTree(random, depth + 1));
				}
				yield object;
			}
			default -> {
				ArrayNode array = NODES.arrayNode();
				for (int i = random.nextInt(5); i > 0; i--) {
					array.add(randomTree(random, depth + 1));
				}
				yield array;
			}
		};
	}

	private static String randomString(Random random) {
		StringBuilder sb = new StringBuilder();
		for (int i = random.nextInt(8); i > 0; i--) {
			int pick = random.nextInt(4);
			sb.append((char) switch (pick) {
				case 0 -> random.nextInt(0x20);
				case 1 -> 0x20 + random.nextInt(0x60);
				case 2 -> 0x80 + random.nextInt(0x800);
				default -> 0xD800 + random.nextInt(0x800);
			});
		}
		return sb.toString();
	}

	/** The factory the SDK's mapper is built on. */
	private static final class JsonFactoryHolder {

		static final tools.jackson.core.json.JsonFactory FACTORY = (tools.jackson.core.json.JsonFactory) Json.mapper()
			.tokenStreamFactory();

	}

}
