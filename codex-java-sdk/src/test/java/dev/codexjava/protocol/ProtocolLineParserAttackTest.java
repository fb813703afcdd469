package dev.codexjava.protocol;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An adversarial differential test of {@link ProtocolLineParser} against Jackson (the SDK's {@link Json} mapper): for
 * every line, either the parser steps aside ({@code null}, so Jackson reads the line as before) or it gives exactly
 * Jackson's tree (same node classes, same member order, last duplicate in the first one's place); it never accepts a
 * line Jackson rejects and never throws. Random inputs come from fixed seeds; a failure names the seed and the line.
 */
class ProtocolLineParserAttackTest {

	private static final String THREAD = "019ab9f0-5c1e-7d12-9a8b-4f3e2d1c0b9b";

	private static final String TURN = "019ab9f0-5c1e-7d12-9a8b-4f3e2d1c0b9a";

	/** A realistic line of a turn: nested item, arrays, known values, the shared ids, numbers. */
	private static final String TURN_LINE = "{\"method\":\"item/completed\",\"params\":{\"item\":{\"type\":"
			+ "\"userMessage\",\"id\":\"u-1\",\"clientId\":null,\"content\":[{\"type\":\"text\",\"text\":\"Say \\\"ok\\\""
			+ " \\u00e9\\ud83d\\ude00\",\"text_elements\":[]}],\"startedAtMs\":1796589062916,\"completedAtMs\":-0},"
			+ "\"threadId\":\"" + THREAD + "\",\"turnId\":\"" + TURN + "\",\"contentTokenCount\":null,"
			+ "\"flags\":[true,false,-2147483649,2147483647]},\"emittedAtMs\":1796589062917}";

	/** String bodies (between the quotes): escapes, raw control and non-ASCII characters, invalid escapes. */
	private static final List<String> STRING_BODIES = List.of("", "a", "\\u0000", "\\u0041", "\\u00e9", "\\u00E9",
			"\\uFFFF", "\\ud83d\\ude00", "\\uD83D\\uDE00", "\\ud83d", "\\ude00", "\\ude00\\ud83d", "\\ud83dx",
			"\\ud83d\\u0041", "\\u", "\\u0", "\\u00", "\\u004", "\\u004g", "\\u-041", "\\u+041", "\\U0041", "\\x41",
			"\\'", "\\a", "\\0", "\\ ", "\\", "\\\\", "\\\"", "\\/", "\\b\\f\\n\\r\\t", "a\\", "\u0000", "\u0001",
			"\u001f", "\t", "\n", "\r", "\u007f", "\u0080", "\u00a0", "\u2028\u2029", "\ufeff", "\uD83D\uDE00",
			"\uD83D", "\uDE00", "\uDE00\uD83D", "\uFFFF", "é✓€", "😀😀", "idle", "text", "agentMessage",
			"commandExecution", "commandExecutionX", "tex", "texts", "msg-1", THREAD, "\\u0074ext", "id", "method",
			"params", "\\u0069d");

	/** Number-like tokens, valid and not. */
	private static final List<String> NUMBERS = List.of("0", "-0", "00", "-00", "01", "-01", "0.0", "-0.0", "0e0", "1",
			"-1", "1e5", "1E5", "1e+5", "1E+5", "1e-5", "1.", "1.e5", ".5", "-.5", "-", "+1", "--1", "1-", "0x10", "1_000",
			"2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296", "999999999999999999",
			"-999999999999999999", "1000000000000000000", "-1000000000000000000", "9223372036854775807",
			"9223372036854775808", "-9223372036854775808", "-9223372036854775809", "12345678901234567890",
			"123456789012345678901234567890", "1e999999", "1e-999999", "-1e999999", "NaN", "Infinity", "-Infinity",
			"1 2", "1,", "1]", "1}");

	/** Where a value goes: the params of a notification, an array, a response, a top-level member, ... */
	private static final List<String> TEMPLATES = List.of("{\"method\":\"m\",\"params\":{\"k\":%s}}",
			"{\"method\":\"m\",\"params\":{\"k\":[%s]}}", "{\"method\":\"m\",\"params\":{\"k\":[1,%s,{}]}}",
			"{\"method\":\"m\",\"params\":{\"a\":{\"b\":%s}}}", "{\"method\":\"m\",\"params\":{},\"x\":%s}",
			"{\"method\":\"m\",\"x\":%s,\"params\":{}}", "{\"method\":\"m\",\"params\":{\"threadId\":%s}}",
			"{\"method\":\"m\",\"params\":{\"id\":%s}}", "{\"method\":%s,\"params\":{}}", "{\"id\":%s,\"result\":{}}",
			"{\"id\":1,\"result\":%s}", "{\"id\":1,\"error\":{\"code\":%s,\"message\":\"m\"}}", "{\"a\":%s}",
			"{\"a\": %s }", "{\"a\":\t%s\r}\r\n", "{\"a\":%s}\t", "{\"a\":[%s]}", "{\"a\":[ %s ]}");

	private int accepted;

	// ---------------------------------------------------------------------------------------------------------------
	// scalars

	@Test
	void stringEscapesAndRawCharactersReadAsJacksonDoes() {
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		for (String body : STRING_BODIES) {
			String string = "\"" + body + "\"";
			for (String template : TEMPLATES) {
				check(template.replace("%s", string), recent, "value " + body);
			}
			// as a property name, at every level
			check("{\"" + body + "\":1}", recent, "key " + body);
			check("{\"method\":\"m\",\"params\":{\"" + body + "\":1}}", recent, "key " + body);
			check("{\"method\":\"m\",\"params\":{\"o\":{\"" + body + "\":\"" + body + "\"}}}", recent, "key " + body);
			check("{\"method\":\"m\",\"" + body + "\":1,\"params\":{}}", recent, "key " + body);
		}
		assertThat(this.accepted).as("lines the fast path read (else this test proves nothing)").isGreaterThan(1000);
	}

	@Test
	void aUnicodeEscapeIsDecodedAsJacksonDecodesIt() {
		// every code unit in a few ranges, escaped (both cases) and raw
		for (int c = 0; c < 0x10000; c += (c < 0x200 || (c >= 0xD7F0 && c < 0xE010) || c > 0xFFF0) ? 1 : 97) {
			String hex = String.format("%04x", c);
			check("{\"a\":\"x\\u" + hex + "y\"}", null, "escape " + hex);
			check("{\"a\":\"x\\u" + hex.toUpperCase() + "\"}", null, "escape " + hex);
			check("{\"a\":\"" + (char) c + "\"}", null, "raw " + hex);
			check("{\"" + (char) c + "\":0}", null, "raw key " + hex);
		}
		assertThat(this.accepted).isGreaterThan(1000);
	}

	@Test
	void numbersReadAsJacksonDoesWithTheSameNodeClass() {
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		for (String number : NUMBERS) {
			for (String template : TEMPLATES) {
				check(template.replace("%s", number), recent, "number " + number);
			}
		}
		// every integer around the int and long boundaries, and every number of digits
		List<Long> edges = new ArrayList<>();
		for (long base : new long[] { 0, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE }) {
			for (long d = -3; d <= 3; d++) {
				edges.add(base + d);
			}
		}
		long power = 1;
		for (int digits = 1; digits <= 18; digits++) {
			edges.add(power);
			edges.add(power * 10 - 1);
			edges.add(-(power * 10 - 1));
			power *= 10;
		}
		for (long value : edges) {
			check("{\"method\":\"m\",\"params\":{\"n\":" + value + "}}", recent, "edge " + value);
			check("{\"id\":" + value + ",\"result\":[" + value + "]}", recent, "edge " + value);
		}
		// beyond long: a string of digits is not wrapped around
		check("{\"a\":" + Long.MAX_VALUE + "0}", null, "19 digits");
		check("{\"a\":18446744073709551616}", null, "2^64");
		// the fast path does take the common integers, with Jackson's node class
		assertThat(ProtocolLineParser.tree("{\"a\":-0}").get("a")).isInstanceOf(IntNode.class);
		assertThat(ProtocolLineParser.tree("{\"a\":2147483648}").get("a")).isInstanceOf(LongNode.class);
		assertThat(ProtocolLineParser.tree("{\"a\":-2147483648}").get("a")).isInstanceOf(IntNode.class);
	}

	@Test
	void literalsAndNonValuesReadAsJacksonDoes() {
		for (String literal : List.of("true", "false", "null", "True", "FALSE", "Null", "nul", "tru", "fals", "truee",
				"nullx", "true1", "null-", "undefined", "'a'", "a", "[]", "{}", "[ ]", "{ }", "[[]]", "[{}]", "[,]",
				"[1,]", "[,1]", "[1 2]", "{\"a\"}", "{\"a\":}", "{,}", "{\"a\":1,}", "{1:1}", "{a:1}", "{'a':1}",
				"\"a\"\"b\"", "\"a\":1", "/*c*/1", "1/*c*/", "#c\n1", "// c\n1", "", " ", "\u0000", "\u00a0true",
				"true\u00a0", "\u000btrue", "\ftrue", "\u2028true", "\ufefftrue")) {
			for (String template : TEMPLATES) {
				check(template.replace("%s", literal), null, "literal " + literal);
			}
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// layout

	@Test
	void whitespaceAnywhereAndTextAroundTheObject() {
		List<String> blanks = List.of(" ", "\t", "\n", "\r", "\r\n", " \t\r\n ", "\u000b", "\f", "\u0000", "\u00a0",
				"\u2028", "\u3000", "\ufeff", "/**/", "x", ",", "{}", "]", "}");
		List<String> lines = List.of(TURN_LINE, "{\"id\":7,\"result\":{\"a\":[1,{\"b\":\"c\"},[]],\"d\":null}}");
		for (String line : lines) {
			for (int i = 0; i <= line.length(); i++) {
				for (String blank : blanks) {
					check(line.substring(0, i) + blank + line.substring(i), null, "insert at " + i);
				}
			}
		}
		for (String line : lines) {
			for (String tail : List.of("", " ", "\n", "\r\n", "\t\t", "x", "{}", line, " " + line, ",", "}", "]", "\u0000",
					"//", "/* */", "\u00a0")) {
				check(line + tail, null, "tail");
				check(tail + line, null, "head");
			}
		}
		assertThat(this.accepted).isGreaterThan(1000);
	}

	@Test
	void linesThatAreNotOneObject() {
		for (String line : List.of("", " ", "{", "}", "[]", "[{}]", "[{\"method\":\"m\",\"params\":{}}]", "\"x\"",
				"\"{\\\"method\\\":\\\"m\\\"}\"", "1", "-1", "true", "null", "{}{}", "{} {}", "{}[]", "{}1",
				"{\"method\":\"m\",\"params\":{}}{\"method\":\"m\",\"params\":{}}", "{\"method\":\"m\",\"params\":{}} x",
				"{\"method\":\"m\",\"params\":{}}\n{\"method\":\"n\",\"params\":{}}", "{\"method\":\"m\",\"params\":{}},",
				"{\"method\":\"m\",\"params\":{}}}", "{\"method\":\"m\",\"params\":{}}]", "{\"method\":\"m\"",
				"{\"method\":\"m\",", "{\"method\":\"m\",\"params\":", "{\"method\":\"m\",\"params\":{", "{\"method\"",
				"{\"method\":", "{\"method\":\"", "{\"method\":\"m", "{}", "{ }", "{\n}", "{\"\":{}}")) {
			check(line, null, "not one object");
			check(line, new ProtocolLineParser.Recent(), "not one object");
		}
	}

	@Test
	void truncatedAndCorruptedAtEveryPositionOfATurnLine() {
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		String palette = "\"\\{}[],:0-.eEtfnu \t\u0000\u00e9";
		for (int i = 0; i <= TURN_LINE.length(); i++) {
			check(TURN_LINE.substring(0, i), recent, "prefix " + i);
			check(TURN_LINE.substring(0, i) + "}", recent, "prefix+} " + i);
			check(TURN_LINE.substring(0, i) + "}}", recent, "prefix+}} " + i);
			if (i < TURN_LINE.length()) {
				check(TURN_LINE.substring(0, i) + TURN_LINE.substring(i + 1), recent, "deleted " + i);
				check(TURN_LINE.substring(0, i + 1) + TURN_LINE.substring(i), recent, "doubled " + i);
				for (char c : palette.toCharArray()) {
					check(TURN_LINE.substring(0, i) + c + TURN_LINE.substring(i + 1), recent, "replaced " + i);
				}
			}
		}
		// the whole line is read by the fast path, and some of its corruptions too
		assertThat(ProtocolLineParser.parse(TURN_LINE)).isNotNull();
		assertThat(ProtocolLineParser.tree(TURN_LINE)).isNotNull();
		assertThat(this.accepted).isGreaterThan(200);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// structure

	@Test
	void nestingAroundTheDepthLimit() {
		for (int depth = ProtocolLineParser.MAX_DEPTH - 4; depth <= ProtocolLineParser.MAX_DEPTH + 4; depth++) {
			for (String open : List.of("[", "{\"a\":", "[{\"a\":", "{\"a\":[")) {
				String close = open.replace("[", "]").replace("{\"a\":", "}");
				String inner = open.repeat(depth) + "1" + new StringBuilder(close.repeat(depth)).reverse();
				check("{\"method\":\"m\",\"params\":{\"x\":" + inner + "}}", null, "depth " + depth + " " + open);
				check("{\"method\":\"m\",\"deep\":" + inner + ",\"params\":{}}", null, "depth " + depth + " " + open);
				check("{\"x\":" + inner + "}", null, "depth " + depth + " " + open);
				check("{\"x\":" + inner.substring(0, inner.length() - 1) + "}", null, "unclosed " + depth + " " + open);
			}
		}
		// far beyond: Jackson's own limit (500) and beyond it
		for (int depth : new int[] { 499, 500, 501, 2000 }) {
			check("{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}", null, "depth " + depth);
		}
	}

	@Test
	void duplicateKeysAcrossTheSwitchToAHashedMap() {
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		Random random = new Random(1);
		for (int size = 0; size <= ProtocolLineParser.SMALL_OBJECT + 3; size++) {
			for (int dup = 0; dup <= size + 2; dup++) {
				// size distinct members, then the member "k<dup>" again (a new one when dup >= size)
				StringBuilder object = new StringBuilder("{");
				for (int i = 0; i < size; i++) {
					object.append("\"k").append(i).append("\":").append(i).append(',');
				}
				object.append("\"k").append(dup).append("\":\"again\"");
				// and a further duplicate of a random earlier member, and one more new member after it
				if (random.nextBoolean() && size > 0) {
					object.append(",\"k").append(random.nextInt(size)).append("\":[true]");
				}
				if (random.nextBoolean()) {
					object.append(",\"z\":null,\"k0\":{}");
				}
				object.append('}');
				check("{\"method\":\"m\",\"params\":" + object + "}", recent, "members " + size + " dup " + dup);
				check("{\"method\":\"m\",\"params\":{\"o\":" + object + ",\"p\":" + object + "}}", recent, "nested");
				check(object.toString(), recent, "top");
			}
		}
		// the shared keys repeated, with other types the second time
		check("{\"method\":\"a\",\"params\":{\"threadId\":\"t\",\"threadId\":{\"threadId\":1},\"id\":1,\"id\":\"1\"},"
				+ "\"method\":\"b\",\"params\":{\"itemId\":\"x\",\"itemId\":null}}", recent, "duplicates");
		check("{\"method\":\"a\",\"params\":{},\"params\":{\"x\":1}}", recent, "params twice");
		check("{\"method\":\"a\",\"params\":{\"x\":1},\"params\":null}", recent, "params then null");
		check("{\"method\":\"a\",\"params\":{\"x\":1},\"method\":null}", recent, "method then null");
		check("{\"method\":\"a\",\"params\":{\"x\":1},\"method\":\"b\"}", recent, "method twice");
		check("{\"method\":\"a\",\"params\":{\"x\":1},\"\\u006dethod\":\"b\"}", recent, "escaped method");
		check("{\"method\":\"a\",\"\\u0070arams\":{\"x\":1}}", recent, "escaped params");
		check("{\"method\":\"a\",\"params\":{\"x\":1},\"\\u0069d\":3}", recent, "escaped id");
		assertThat(this.accepted).isGreaterThan(500);
	}

	@Test
	void protocolKeysInUnusualPlacesAndWithUnusualTypes() {
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		List<String> values = List.of("null", "1", "-1", "0", "\"1\"", "\"\"", "true", "{}", "[]", "{\"id\":\"x\"}",
				"[\"" + THREAD + "\"]", "\"" + THREAD + "\"", "\"" + TURN + "\"", "\"idle\"", "1.5", "\"\\u0031\"");
		List<String> keys = List.of("method", "params", "id", "threadId", "turnId", "itemId", "jsonrpc", "result",
				"error", "emittedAtMs", "type", "status", "delta");
		for (String key : keys) {
			for (String value : values) {
				String member = "\"" + key + "\":" + value;
				check("{" + member + "}", recent, member);
				check("{\"method\":\"m\"," + member + ",\"params\":{}}", recent, member);
				check("{\"method\":\"m\",\"params\":{}," + member + "}", recent, member);
				check("{\"method\":\"m\",\"params\":{" + member + "}}", recent, member);
				check("{\"method\":\"m\",\"params\":{\"item\":{" + member + "},\"list\":[{" + member + "}]}}", recent,
						member);
				check("{\"id\":1,\"result\":{" + member + "}}", recent, member);
				check("{" + member + ",\"method\":\"m\",\"params\":{}}", recent, member);
			}
		}
		assertThat(this.accepted).isGreaterThan(500);
	}

	@Test
	void veryLongStringsAndPropertyNamesAtJacksonsLimits() {
		// the parser's limits are the mapper's (a name length is written down, not read from the mapper)
		tools.jackson.core.StreamReadConstraints limits = Json.mapper().tokenStreamFactory().streamReadConstraints();
		assertThat(ProtocolLineParser.MAX_NAME_LENGTH).isEqualTo(limits.getMaxNameLength());
		assertThat(ProtocolLineParser.MAX_STRING_LENGTH).isEqualTo(limits.getMaxStringLength());
		assertThat(ProtocolLineParser.MAX_DEPTH).isLessThan(limits.getMaxNestingDepth());
		for (int length = ProtocolLineParser.MAX_NAME_LENGTH - 1; length <= ProtocolLineParser.MAX_NAME_LENGTH
				+ 1; length++) {
			String plain = "k".repeat(length);
			// escapes make the text longer than the name: Jackson counts the name
			String escaped = "\\u0041" + "k".repeat(length - 2) + "\\n";
			for (String name : List.of(plain, escaped)) {
				check("{\"" + name + "\":1}", null, "name length " + length);
				check("{\"method\":\"m\",\"params\":{\"" + name + "\":1}}", null, "name length " + length);
				check("{\"method\":\"m\",\"" + name + "\":1,\"params\":{}}", null, "name length " + length);
				check("{\"" + name + "\":\"" + name + "\"}", null, "name length " + length);
			}
		}
		// strings at the mapper's limit (100M) with an escape (so the text is longer than the string), and over it
		int max = ProtocolLineParser.MAX_STRING_LENGTH;
		String text = "x".repeat(max - 1);
		check("{\"method\":\"m\",\"params\":{\"d\":\"\\u0079" + text + "\"}}", null, "string length " + max);
		check("{\"method\":\"m\",\"params\":{\"d\":\"" + text + "yz\"}}", null, "string length " + (max + 1));
	}

	// ---------------------------------------------------------------------------------------------------------------
	// state between lines

	@Test
	void sharedValuesFollowTheNextLineNotThePreviousOne() {
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		String[] shared = { "threadId", "turnId", "itemId", "id" };
		List<String> values = List.of("\"v\"", "\"v\"", "\"w\"", "1", "\"v\"", "null", "{\"threadId\":\"v\"}",
				"[\"v\"]", "\"\\u0076\"", "\"v\"", "\"idle\"", "\"V\"", "\"v \"", "\"\"", "\"v\"");
		for (String value : values) {
			for (String key : shared) {
				for (String other : shared) {
					// the same value under another key, then under its own, in a notification and in a response
					check("{\"method\":\"m\",\"params\":{\"" + other + "\":" + value + "}}", recent, other + value);
					check("{\"method\":\"m\",\"params\":{\"" + key + "\":" + value + ",\"x\":{\"" + other + "\":\"v\"}}}",
							recent, key + value);
					check("{\"id\":" + value + ",\"result\":{\"" + key + "\":" + value + "}}", recent, key + value);
					check("{\"id\":\"s-1\",\"method\":\"m\",\"params\":{\"" + key + "\":" + value + "}}", recent,
							key + value);
				}
			}
		}
		// the method slot: the same method text as a value elsewhere, and a changed method
		for (String method : List.of("a", "a", "b", "a", "idle", "idle", "\\u0061", "a")) {
			check("{\"method\":\"" + method + "\",\"params\":{\"threadId\":\"" + method + "\",\"method\":\"" + method
					+ "\"}}", recent, "method " + method);
		}
	}

	@Test
	void randomLinesWithASharedRecentReadAsJacksonDoes() {
		for (long seed : new long[] { 1, 2, 3, 20261206, 0xC0DEC, 42 }) {
			Random random = new Random(seed);
			LineGenerator generator = new LineGenerator(random);
			ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
			for (int n = 0; n < 6_000; n++) {
				String line = generator.line();
				if (random.nextBoolean()) {
					line = generator.mutate(line);
				}
				if (random.nextInt(4) == 0) {
					line = generator.mutate(line);
				}
				check(line, null, "seed " + seed + " #" + n);
				check(line, recent, "seed " + seed + " #" + n + " (shared)");
			}
		}
		assertThat(this.accepted).isGreaterThan(5_000);
	}

	@Test
	void changingAReturnedTreeDoesNotChangeTheNextLinesTree() {
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		List<String> lines = List.of(TURN_LINE, TURN_LINE.replace("item/completed", "item/started"),
				"{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"" + THREAD + "\",\"turnId\":\"" + TURN
						+ "\",\"itemId\":\"msg-1\",\"delta\":\"idle\",\"status\":\"completed\"}}",
				"{\"id\":\"msg-1\",\"result\":{\"threadId\":\"" + THREAD + "\",\"items\":[{\"type\":\"text\",\"id\":"
						+ "\"msg-1\"},{}],\"e\":{}}}");
		for (int round = 0; round < 3; round++) {
			for (String line : lines) {
				JsonNode jackson = Json.parse(line);
				JsonNode fast = (line.startsWith("{\"method\"")) ? ProtocolLineParser.parse(line, recent).params()
						: ProtocolLineParser.tree(line, recent);
				JsonNode expected = (line.startsWith("{\"method\"")) ? jackson.get("params") : jackson;
				assertSameTree(line, fast, expected);
				vandalise(fast);
				assertThat(fast).as(line).isNotEqualTo(expected);
			}
		}
		// and a tree read with nothing shared is not changed by the vandalism either
		for (String line : lines) {
			assertSameTree(line, ProtocolLineParser.tree(line), Json.parse(line));
		}
	}

	/** Changes every container of a tree: replaces and removes members (the shared ones too), adds to arrays. */
	private static void vandalise(JsonNode node) {
		if (node instanceof ObjectNode object) {
			List<String> names = new ArrayList<>(object.propertyNames());
			for (String name : names) {
				vandalise(object.get(name));
			}
			for (String name : names) {
				JsonNode value = object.get(name);
				if (value.isString()) {
					object.put(name, value.asString() + "!");
				}
			}
			object.put("threadId", "vandal");
			object.put("type", "vandal");
			object.putArray("items").add("vandal");
			if (!names.isEmpty()) {
				object.remove(names.get(0));
			}
			for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext();) {
				Map.Entry<String, JsonNode> entry = it.next();
				if (entry.getValue().isNumber()) {
					entry.setValue(object.stringNode("vandal"));
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (JsonNode element : array) {
				vandalise(element);
			}
			array.add("vandal");
			array.insert(0, 0);
		}
	}

	@Test
	void randomChangesToAReturnedTreeBehaveAsOnJacksonsTree() {
		for (long seed : new long[] { 11, 12, 13, 14 }) {
			Random random = new Random(seed);
			LineGenerator generator = new LineGenerator(random);
			int changed = 0;
			while (changed < 300) {
				String line = generator.line();
				JsonNode fast = ProtocolLineParser.tree(line);
				if (fast == null) {
					continue;
				}
				JsonNode jackson = Json.parse(line);
				// the same random changes to both (the same choices, from a copy of the random state)
				long changes = random.nextLong();
				List<String> fastLog = change(fast, new Random(changes));
				List<String> jacksonLog = change(jackson, new Random(changes));
				String what = "seed " + seed + " changes " + changes + "\n  line: " + abbreviate(line);
				assertThat(fastLog).as(what).isEqualTo(jacksonLog);
				assertSameTree(what, fast, jackson);
				assertThat(jackson).as(what).isEqualTo(fast);
				assertThat(fast.hashCode()).as(what).isEqualTo(jackson.hashCode());
				assertThat(fast.toString()).as(what).isEqualTo(jackson.toString());
				assertThat(fast.deepCopy()).as(what).isEqualTo(jackson);
				changed++;
			}
		}
	}

	/** Random changes to the objects of a tree through ObjectNode's API; what each one returned. */
	private static List<String> change(JsonNode root, Random random) {
		List<String> log = new ArrayList<>();
		List<ObjectNode> objects = new ArrayList<>();
		collectObjects(root, objects);
		for (int n = 0; n < 30; n++) {
			ObjectNode object = objects.get(random.nextInt(objects.size()));
			List<String> names = List.copyOf(object.propertyNames());
			String key = (names.isEmpty() || random.nextInt(3) == 0) ? "n" + random.nextInt(20)
					: names.get(random.nextInt(names.size()));
			int value = random.nextInt(100);
			switch (random.nextInt(14)) {
				case 0 -> object.put(key, value);
				case 1 -> log.add(String.valueOf(object.remove(key)));
				case 2 -> log.add(String.valueOf(object.replace(key, object.numberNode(value))));
				case 3 -> log.add(String.valueOf(object.putIfAbsent(key, object.stringNode("v" + value))));
				case 4 -> object.putObject(key).put("x", value);
				case 5 -> object.putArray(key).add(value);
				case 6 -> object.retain(names.subList(0, names.size() / 2));
				case 7 -> object.removeIf((node) -> node.isNumber() && node.asLong() % 2 == 0);
				case 8 -> log.add(String.valueOf(object.properties().removeIf((e) -> e.getKey().hashCode() % 3 == 0)));
				case 9 -> {
					// through the iterator: read, replace, remove, then read and write the removed entry
					Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
					Map.Entry<String, JsonNode> held = null;
					while (it.hasNext()) {
						Map.Entry<String, JsonNode> entry = it.next();
						log.add(entry.toString());
						if (random.nextBoolean()) {
							log.add(String.valueOf(entry.setValue(object.numberNode(value))));
						}
						if (random.nextInt(3) == 0) {
							it.remove();
							held = entry;
						}
					}
					if (held != null) {
						log.add(String.valueOf(held.getValue()));
						log.add(String.valueOf(held.setValue(object.booleanNode(true))));
					}
				}
				case 10 -> {
					Map.Entry<String, JsonNode> first = object.properties().stream().findFirst().orElse(null);
					if (first != null) {
						object.put(first.getKey(), "changed" + value);
						log.add(first.getKey() + "=" + first.getValue());
						log.add(String.valueOf(first.equals(object.properties().iterator().next())));
					}
				}
				case 11 -> {
					Map<String, JsonNode> more = new LinkedHashMap<>();
					more.put("n" + value, object.nullNode());
					more.put(key, object.numberNode(value));
					object.setAll(more);
				}
				case 12 -> {
					if (random.nextInt(5) == 0) {
						object.removeAll();
					}
				}
				default -> {
					log.add(String.valueOf(object.get(key)));
					log.add(String.valueOf(object.has(key)));
					log.add(String.valueOf(object.size()));
				}
			}
			log.add(object.toString());
		}
		return log;
	}

	private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
		if (node instanceof ObjectNode object) {
			objects.add(object);
		}
		for (JsonNode child : node) {
			collectObjects(child, objects);
		}
	}

	/**
	 * Found by this test: an entry of {@code properties()} of a fast-path object was a copy, so it did not see a value
	 * put since, and its {@code setValue} after the member's removal put the member back (at the end).
	 */
	@Test
	void anEntryOfAReturnedObjectFollowsItsMemberAsJacksonsDoes() {
		String line = "{\"method\":\"m\",\"params\":{\"a\":1,\"b\":2,\"c\":3}}";
		List<String> seen = new ArrayList<>();
		for (ObjectNode params : List.of((ObjectNode) Json.parse(line).get("params"),
				(ObjectNode) ProtocolLineParser.parse(line).params())) {
			Iterator<Map.Entry<String, JsonNode>> it = params.properties().iterator();
			Map.Entry<String, JsonNode> a = it.next();
			params.put("a", 10);
			Map.Entry<String, JsonNode> b = it.next();
			it.remove();
			JsonNode old = b.setValue(params.numberNode(20));
			Map.Entry<String, JsonNode> c = it.next();
			JsonNode replaced = c.setValue(params.numberNode(30));
			seen.add(a.getValue() + " " + a + " " + a.hashCode() + " " + old + " " + b.getValue() + " " + replaced + " "
					+ c.getValue() + " " + params + " " + params.properties().iterator().next().equals(a));
		}
		assertThat(seen.get(1)).as("fast path (second) against Jackson (first)").isEqualTo(seen.get(0));
	}

	@Test
	void twoThreadsParsingAtOnceEachGetTheirOwnLinesTree() throws Exception {
		ProtocolLineParser.Recent shared = new ProtocolLineParser.Recent();
		int threads = 2;
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				long seed = 7_000 + t;
				// different lines per thread, all with the same keys (so that sharing would show)
				List<String> lines = new ArrayList<>();
				List<JsonNode> expected = new ArrayList<>();
				Random random = new Random(seed);
				LineGenerator generator = new LineGenerator(random);
				while (lines.size() < 4_000) {
					String line = (random.nextInt(3) == 0) ? generator.line()
							: "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"t" + seed + "\",\"turnId\""
									+ ":\"u" + random.nextInt(3) + "\",\"itemId\":\"i" + seed + random.nextInt(2)
									+ "\",\"delta\":\"" + "d".repeat(random.nextInt(40)) + "\",\"o\":{\"id\":\"" + seed
									+ "\",\"a\":[" + random.nextInt() + "]}}}";
					try {
						expected.add(Json.parse(line));
						lines.add(line);
					}
					catch (JacksonException ex) {
						// only valid lines: each must be read, by one path or the other
					}
				}
				Callable<Integer> reader = () -> {
					ProtocolLineParser.Recent own = new ProtocolLineParser.Recent();
					start.await(1, TimeUnit.MINUTES);
					int read = 0;
					for (int round = 0; round < 5; round++) {
						for (int i = 0; i < lines.size(); i++) {
							String line = lines.get(i);
							ProtocolLineParser.Recent recent = (i % 2 == 0) ? shared : own;
							JsonNode tree = ProtocolLineParser.tree(line, recent);
							if (tree != null) {
								assertSameTree("thread seed " + seed + ": " + line, tree, expected.get(i));
								read++;
							}
							JsonRpcMessage.Notification notification = ProtocolLineParser.parse(line, recent);
							if (notification != null) {
								assertThat(notification.method()).as(line).isEqualTo(expected.get(i).get("method").asString());
								assertSameTree("thread seed " + seed + ": " + line, notification.params(),
										expected.get(i).get("params"));
							}
						}
					}
					return read;
				};
				results.add(executor.submit(reader));
			}
			for (Future<Integer> result : results) {
				assertThat(result.get(5, TimeUnit.MINUTES)).isGreaterThan(10_000);
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// divergences found

	/**
	 * A line with hundreds of property names that collide in Jackson's name table: Jackson refuses it (its guard
	 * against hash-flooding of that table, "Longest collision chain in symbol table"); the SDK's parser has no such
	 * table (objects of more than 16 members go into a {@code LinkedHashMap}, whose colliding bins become trees), so
	 * it reads the line, member for member, in linear time. Deliberately not Jackson's behaviour: nothing to protect.
	 */
	@Test
	void manyPropertyNamesWithCollidingHashesAreReadMemberForMember() {
		// "b!" and "aB" hash alike in Jackson's 33-based name hash, so any sequence of them does too
		StringBuilder members = new StringBuilder();
		for (int i = 0; i < 400; i++) {
			members.append((i > 0) ? "," : "").append('"');
			for (int bit = 0; bit < 9; bit++) {
				members.append((((i >> bit) & 1) == 0) ? "b!" : "aB");
			}
			members.append("\":").append(i);
		}
		String line = "{\"method\":\"m\",\"params\":{" + members + "}}";
		assertThatThrownBy(() -> Json.parse(line)).hasMessageContaining("collision");
		JsonNode params = ProtocolLineParser.parse(line).params();
		assertThat(params.size()).isEqualTo(400);
		int i = 0;
		for (Map.Entry<String, JsonNode> member : params.properties()) {
			assertThat(member.getValue().intValue()).isEqualTo(i++);
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// the oracle

	/**
	 * Checks one line both ways ({@code tree} and {@code parse}): the fast path either declines it or gives Jackson's
	 * tree exactly, and never throws.
	 */
	private void check(String line, ProtocolLineParser.Recent recent, String context) {
		String what = context + "\n  line: " + abbreviate(line);
		JsonNode jackson;
		JacksonException refused = null;
		try {
			jackson = Json.parse(line);
		}
		catch (JacksonException ex) {
			jackson = null;
			refused = ex;
		}
		JsonNode tree;
		JsonRpcMessage.Notification notification;
		try {
			tree = ProtocolLineParser.tree(line, recent);
			notification = ProtocolLineParser.parse(line, recent);
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new AssertionError("the fast path threw on " + what, ex);
		}
		if (tree != null) {
			assertThat(refused).as("the fast path read a line Jackson refuses: " + what).isNull();
			assertSameTree(what, tree, jackson);
			this.accepted++;
		}
		if (notification != null) {
			assertThat(refused).as("the fast path read a notification Jackson refuses: " + what).isNull();
			JsonRpcMessage decoded = JsonRpcMessage.decode(jackson);
			assertThat(decoded).as(what).isInstanceOf(JsonRpcMessage.Notification.class);
			JsonRpcMessage.Notification expected = (JsonRpcMessage.Notification) decoded;
			assertThat(notification.method()).as(what).isEqualTo(expected.method());
			assertSameTree(what, notification.params(), expected.params());
			this.accepted++;
		}
	}

	/** The same tree: equal, and the same node class and member order everywhere. */
	private static void assertSameTree(String what, JsonNode fast, JsonNode jackson) {
		assertThat(fast).as(what).isEqualTo(jackson);
		assertSameShape(what, "$", fast, jackson);
	}

	private static void assertSameShape(String what, String path, JsonNode fast, JsonNode jackson) {
		assertThat(fast.getClass()).as(what + "\n  at " + path).isEqualTo(jackson.getClass());
		if (jackson.isObject()) {
			assertThat(List.copyOf(fast.propertyNames())).as(what + "\n  at " + path)
				.isEqualTo(List.copyOf(jackson.propertyNames()));
			for (String name : jackson.propertyNames()) {
				assertSameShape(what, path + "." + name, fast.get(name), jackson.get(name));
			}
		}
		else if (jackson.isArray()) {
			assertThat(fast.size()).as(what + "\n  at " + path).isEqualTo(jackson.size());
			for (int i = 0; i < jackson.size(); i++) {
				assertSameShape(what, path + "[" + i + "]", fast.get(i), jackson.get(i));
			}
		}
	}

	private static String abbreviate(String line) {
		String shown = (line.length() > 400) ? line.substring(0, 400) + "... (" + line.length() + " chars)" : line;
		StringBuilder sb = new StringBuilder();
		shown.codePoints().forEach((c) -> {
			if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate((char) c) || c == 0x2028 || c == 0xfeff) {
				sb.append(String.format("<U+%04X>", c));
			}
			else {
				sb.appendCodePoint(c);
			}
		});
		return sb.toString();
	}

	/** Random lines from a JSON grammar with the protocol's keys, odd tokens and odd whitespace (fixed seeds). */
	private static final class LineGenerator {

		private static final String[] KEYS = { "method", "params", "id", "threadId", "turnId", "itemId", "type",
				"delta", "text", "result", "error", "jsonrpc", "status", "item", "a", "b", "", "\\u0069d",
				"thread\\u0049d", "k\\\"q", "\\u0000", "é", "😀", "\\ud83d\\ude00" };

		private static final String[] ATOMS = { "-0", "0", "7", "-12", "0.0", "1e5", "1E+5", "01", "1.", ".5", "-",
				"123456789012345678", "1234567890123456789", "-123456789012345678", "2147483647", "2147483648",
				"-2147483648", "-2147483649", "9223372036854775807", "true", "false", "null", "nul", "tru", "\"\"",
				"\"idle\"", "\"text\"", "\"agentMessage\"", "\"commandExecution\"", "\"msg-1\"", "\"msg-2\"",
				"\"" + THREAD + "\"", "\"" + TURN + "\"", "\"\\u0041\"", "\"\\ud800\"", "\"\\x\"", "\"a\\/b\"",
				"\"\u0001\"", "\"\u2028\"", "\"😀\"", "\"\\u00e9\\n\\t\"", "\"\\\"\"" };

		private static final String[] BLANKS = { " ", "\t", "\r", "\n", " \r\n\t", "\u000b", "\f", "\u00a0" };

		private final Random random;

		LineGenerator(Random random) {
			this.random = random;
		}

		String line() {
			StringBuilder sb = new StringBuilder();
			if (this.random.nextInt(3) == 0) {
				object(sb, 0);
				return sb.toString();
			}
			sb.append("{\"method\":\"")
				.append(this.random.nextBoolean() ? "item/agentMessage/delta" : "m" + this.random.nextInt(3))
				.append('"');
			int others = this.random.nextInt(4);
			boolean params = false;
			for (int i = 0; i < others || !params; i++) {
				sb.append(blank()).append(',').append(blank());
				if (!params && (this.random.nextBoolean() || i >= others)) {
					sb.append("\"params\"").append(blank()).append(':').append(blank());
					object(sb, 1);
					params = true;
				}
				else {
					member(sb, 1);
				}
			}
			sb.append(blank()).append('}').append((this.random.nextInt(30) == 0) ? "{}" : blank());
			return sb.toString();
		}

		String mutate(String line) {
			int at = this.random.nextInt(line.length() + 1);
			String palette = "\"\\{}[],:01-eE. \tx\u0000u";
			char c = palette.charAt(this.random.nextInt(palette.length()));
			return switch (this.random.nextInt(4)) {
				case 0 -> line.substring(0, at);
				case 1 -> line.substring(0, at) + c + line.substring(at);
				case 2 -> (at < line.length()) ? line.substring(0, at) + line.substring(at + 1) : line;
				default -> (at < line.length()) ? line.substring(0, at) + c + line.substring(at + 1) : line;
			};
		}

		private String blank() {
			return (this.random.nextInt(6) == 0) ? BLANKS[this.random.nextInt(BLANKS.length)] : "";
		}

		private void value(StringBuilder sb, int depth) {
			int kind = this.random.nextInt((depth > 6) ? 3 : 5);
			if (kind <= 2) {
				sb.append(ATOMS[this.random.nextInt(ATOMS.length)]);
			}
			else if (kind == 3) {
				object(sb, depth + 1);
			}
			else {
				sb.append('[');
				int size = this.random.nextInt(4);
				for (int i = 0; i < size; i++) {
					sb.append((i > 0) ? blank() + "," : "").append(blank());
					value(sb, depth + 1);
				}
				sb.append(blank()).append(']');
			}
		}

		private void object(StringBuilder sb, int depth) {
			sb.append('{');
			// now and then around the switch to a hashed map (16 members), with duplicates
			int size = (this.random.nextInt(6) == 0) ? 14 + this.random.nextInt(6) : this.random.nextInt(5);
			for (int i = 0; i < size; i++) {
				sb.append((i > 0) ? blank() + "," : "").append(blank());
				member(sb, depth);
			}
			sb.append(blank()).append('}');
		}

		private void member(StringBuilder sb, int depth) {
			String key = (this.random.nextInt(4) == 0) ? "k" + this.random.nextInt(20)
					: KEYS[this.random.nextInt(KEYS.length)];
			sb.append('"').append(key).append('"').append(blank()).append(':').append(blank());
			value(sb, depth);
		}

	}

}
