package dev.codexjava.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDK's own parser must give exactly what Jackson gives (same method, same tree, same node types) or step aside
 * ({@code null}), never accept a line Jackson rejects and never differ from it.
 */
class ProtocolLineParserTest {

	private static final String THREAD = "019ab9f0-5c1e-7d12-9a8b-4f3e2d1c0b9b";

	private static final String TURN = "019ab9f0-5c1e-7d12-9a8b-4f3e2d1c0b9a";

	@Test
	void readsTheDeltaLinesOfAStreamedTurnAsJacksonDoes() {
		List<String> lines = List.of(
				"{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"" + THREAD + "\",\"turnId\":\""
						+ TURN + "\",\"itemId\":\"msg-1\",\"delta\":\"Hello\"}}",
				"{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"" + THREAD + "\",\"turnId\":\""
						+ TURN + "\",\"itemId\":\"msg-1\",\"delta\":\" w\\u00f6rld \\\"q\\\" \\\\ \\/ \\n\\t\\r\\b\\f"
						+ " \\ud83d\\ude00 é ✓\"},\"emittedAtMs\":1764068460123}",
				"{\"method\":\"item/commandExecution/outputDelta\",\"params\":{\"threadId\":\"" + THREAD
						+ "\",\"turnId\":\"" + TURN + "\",\"itemId\":\"call_1\",\"delta\":\"total 0\\n\"}}",
				"{\"method\":\"item/reasoning/summaryTextDelta\",\"params\":{\"threadId\":\"" + THREAD
						+ "\",\"turnId\":\"" + TURN + "\",\"itemId\":\"rs_1\",\"delta\":\"**Plan**\",\"summaryIndex\":0}}",
				"{\"method\":\"x\",\"jsonrpc\":\"2.0\",\"params\":{\"a\":-7,\"b\":2147483647,\"c\":2147483648,"
						+ "\"d\":-2147483649,\"e\":123456789012345678,\"f\":true,\"g\":false,\"h\":null,\"i\":\"\","
						+ "\"a\":\"last wins\"},\"emittedAtMs\":null,\"other\":false}",
				"{\"method\":\"x\" , \"params\" : { \"k\" : \"v\" , \"n\" : 0 } }  ",
				"{\"method\":\"x\",\"params\":{}}",
				"{\"method\":\"thread/status/changed\",\"params\":{\"threadId\":\"" + THREAD
						+ "\",\"status\":\"idle\"}}");
		for (String line : lines) {
			JsonRpcMessage.Notification fast = ProtocolLineParser.parse(line);
			assertThat(fast).as(line).isNotNull();
			assertSameAsJackson(line, fast);
		}
	}

	@Test
	void randomFlatNotificationsWrittenByJacksonReadTheSame() {
		Random random = new Random(20261201);
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		for (int n = 0; n < 5_000; n++) {
			ObjectNode params = Json.object();
			int fields = random.nextInt(7);
			for (int f = 0; f < fields; f++) {
				String key = (random.nextBoolean()) ? List.of("threadId", "turnId", "itemId", "delta").get(
						random.nextInt(4)) : randomText(random, 6);
				switch (random.nextInt(6)) {
					case 0 -> params.put(key, random.nextInt());
					case 1 -> params.put(key, random.nextLong() % 1_000_000_000_000_000_000L); // up to 18 digits
					case 2 -> params.put(key, random.nextBoolean());
					case 3 -> params.putNull(key);
					case 4 -> params.put(key, List.of(THREAD, TURN, "msg-1").get(random.nextInt(3))); // repeated
					default -> params.put(key, randomText(random, 40));
				}
			}
			ObjectNode message = Json.object();
			message.put("method", randomText(random, 20));
			message.set("params", params);
			if (random.nextBoolean()) {
				message.put("emittedAtMs", random.nextLong() >>> 20);
			}
			String line = Json.write(message);
			JsonRpcMessage.Notification fast = ProtocolLineParser.parse(line);
			assertThat(fast).as(line).isNotNull();
			assertSameAsJackson(line, fast);
			// and the same again with the values of the lines before shared
			assertSameAsJackson(line, ProtocolLineParser.parse(line, recent));
		}
	}

	@Test
	void theIdsOfConsecutiveDeltasAreSharedAndStillReadAsJacksonDoes() {
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		List<JsonRpcMessage.Notification> read = new ArrayList<>();
		for (String item : List.of("msg-1", "msg-1", "msg-2", "msg-1")) {
			for (String delta : List.of("a", "b\\n")) {
				String line = "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"" + THREAD
						+ "\",\"turnId\":\"" + TURN + "\",\"itemId\":\"" + item + "\",\"delta\":\"" + delta + "\"}}";
				JsonRpcMessage.Notification fast = ProtocolLineParser.parse(line, recent);
				assertSameAsJackson(line, fast);
				read.add(fast);
			}
		}
		JsonRpcMessage.Notification first = read.get(0);
		JsonRpcMessage.Notification last = read.get(read.size() - 1);
		assertThat(last.method()).isSameAs(first.method());
		assertThat(last.params().get("threadId")).isSameAs(first.params().get("threadId"));
		assertThat(last.params().get("turnId")).isSameAs(first.params().get("turnId"));
		assertThat(read.get(4).params().get("itemId").asString()).isEqualTo("msg-2");
		assertThat(last.params().get("itemId").asString()).isEqualTo("msg-1");
		// a node changed by a consumer is its own: the next line's tree is not affected
		((ObjectNode) first.params()).put("threadId", "changed");
		String again = "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"" + THREAD + "\"}}";
		assertThat(ProtocolLineParser.parse(again, recent).params().get("threadId").asString()).isEqualTo(THREAD);
	}

	/** The lines of a trivial turn as the app-server writes them (nested items, usage, the turn). */
	@Test
	void readsTheNotificationsOfATurnAsJacksonDoes() {
		String ids = "\"threadId\":\"" + THREAD + "\",\"turnId\":\"" + TURN + "\"";
		List<String> lines = List.of(
				"{\"method\":\"turn/started\",\"params\":{\"threadId\":\"" + THREAD + "\",\"turn\":{\"id\":\"" + TURN
						+ "\",\"rootTurnId\":\"" + TURN + "\",\"items\":[],\"itemsView\":\"notLoaded\","
						+ "\"status\":\"inProgress\",\"error\":null,\"startedAt\":1796589062,\"completedAt\":null,"
						+ "\"durationMs\":null}},\"emittedAtMs\":1796589062943}",
				"{\"method\":\"item/completed\",\"params\":{\"item\":{\"type\":\"userMessage\",\"id\":\"u-1\","
						+ "\"clientId\":null,\"content\":[{\"type\":\"text\",\"text\":\"Say ok\",\"text_elements\":[]}],"
						+ "\"startedAtMs\":1796589062916,\"completedAtMs\":1796589062916}," + ids
						+ ",\"contentTokenCount\":null,\"completedAtMs\":1796589062916},\"emittedAtMs\":1796589062917}",
				"{\"method\":\"thread/tokenUsage/updated\",\"params\":{" + ids + ",\"tokenUsage\":{\"total\":{"
						+ "\"totalTokens\":3750,\"inputTokens\":2500,\"cachedInputTokens\":0,\"outputTokens\":1250},"
						+ "\"last\":{\"totalTokens\":15,\"inputTokens\":10,\"outputTokens\":5},"
						+ "\"modelContextWindow\":258400}},\"emittedAtMs\":1796589062936}",
				"{\"method\":\"thread/status/changed\",\"params\":{\"threadId\":\"" + THREAD
						+ "\",\"status\":{\"type\":\"active\",\"activeFlags\":[]}},\"emittedAtMs\":1796589062943}",
				"{\"method\":\"turn/completed\",\"params\":{\"threadId\":\"" + THREAD + "\",\"turn\":{\"id\":\""
						+ TURN + "\",\"items\":[{\"type\":\"agentMessage\",\"id\":\"msg-1\",\"text\":\"ok\","
						+ "\"phase\":null}],\"status\":\"completed\",\"error\":null,\"durationMs\":29}},"
						+ "\"emittedAtMs\":1796589062936}",
				"{\"method\":\"x\",\"meta\":{\"a\":[1,{\"b\":null}]},\"params\":{\"a\":[[],[[-1]],{}],"
						+ "\"b\":{\"c\":1,\"c\":[true,false],\"d\":\"\\u00e9\"}, \"e\" : [ 1 , \"x\" ] }}");
		for (String line : lines) {
			JsonRpcMessage.Notification fast = ProtocolLineParser.parse(line);
			assertThat(fast).as(line).isNotNull();
			assertSameAsJackson(line, fast);
		}
	}

	@Test
	void randomNestedNotificationsWrittenByJacksonReadTheSame() {
		Random random = new Random(20261206);
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		for (int n = 0; n < 3_000; n++) {
			ObjectNode message = Json.object();
			message.put("method", randomText(random, 20));
			message.set("params", randomObject(random, 0));
			if (random.nextBoolean()) {
				message.put("emittedAtMs", random.nextLong() >>> 20);
			}
			String line = Json.write(message);
			JsonRpcMessage.Notification fast = ProtocolLineParser.parse(line);
			assertThat(fast).as(line).isNotNull();
			assertSameAsJackson(line, fast);
			assertSameAsJackson(line, ProtocolLineParser.parse(line, recent));
		}
	}

	@Test
	void aLargeObjectKeepsItsOrderAndLastDuplicateAcrossTheSwitchToAHashedMap() {
		StringBuilder members = new StringBuilder();
		for (int i = 0; i < ProtocolLineParser.SMALL_OBJECT * 3; i++) {
			members.append("\"k").append(i).append("\":").append(i).append(',');
		}
		// duplicates of a key from before and one from after the switch: the last value, the first place
		members.append("\"k1\":\"one\",\"k40\":\"forty\"");
		String line = "{\"method\":\"x\",\"params\":{\"o\":{" + members + "}}}";
		JsonRpcMessage.Notification fast = ProtocolLineParser.parse(line);
		assertSameAsJackson(line, fast);
		assertThat(fast.params().get("o").propertyNames()).containsExactlyElementsOf(
				Json.parse(line).get("params").get("o").propertyNames());
		assertThat(fast.params().get("o").get("k40").asString()).isEqualTo("forty");
	}

	@Test
	void nestingDeeperThanItsLimitIsLeftToJackson() {
		String deep = "[".repeat(ProtocolLineParser.MAX_DEPTH) + "]".repeat(ProtocolLineParser.MAX_DEPTH);
		assertThat(ProtocolLineParser.parse("{\"method\":\"x\",\"params\":{\"a\":" + deep + "}}")).isNull();
		String deepest = "[".repeat(ProtocolLineParser.MAX_DEPTH - 1)
				+ "]".repeat(ProtocolLineParser.MAX_DEPTH - 1);
		String line = "{\"method\":\"x\",\"params\":{\"a\":" + deepest + "}}";
		assertSameAsJackson(line, ProtocolLineParser.parse(line));
	}

	@Test
	void readsResponsesAndServerRequestsAsJacksonDoes() {
		Random random = new Random(20261207);
		List<String> lines = new ArrayList<>(List.of("{\"id\":253,\"result\":{\"turn\":{\"id\":\"" + TURN
				+ "\",\"items\":[],\"status\":\"inProgress\",\"error\":null}}}", "{\"id\":1,\"result\":{}}",
				"{\"id\":2,\"error\":{\"code\":-32600,\"message\":\"bad\",\"data\":null}}",
				"{\"id\":\"s-1\",\"method\":\"item/commandExecution/requestApproval\",\"params\":{\"itemId\":\"c\"}}",
				"{\"method\":\"x\",\"params\":null}", "{\"method\":\"x\",\"params\":[1,2]}", "{}"));
		for (int n = 0; n < 1_000; n++) {
			ObjectNode message = Json.object();
			message.put("id", random.nextInt(1_000_000));
			message.set("result", randomObject(random, 0));
			lines.add(Json.write(message));
		}
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		for (String line : lines) {
			JsonNode jackson = Json.parse(line);
			for (JsonNode fast : List.of(ProtocolLineParser.tree(line), ProtocolLineParser.tree(line, recent))) {
				assertThat(fast).as(line).isEqualTo(jackson);
				assertNodeTypes(line, fast, jackson);
			}
		}
	}

	@Test
	void valuesThatRecurAreSharedAcrossLinesAndStillReadAsJacksonDoes() {
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		String started = "{\"method\":\"item/started\",\"params\":{\"item\":{\"type\":\"agentMessage\",\"id\":\"msg-7\"},"
				+ "\"threadId\":\"" + THREAD + "\",\"turnId\":\"" + TURN + "\"}}";
		String completed = started.replace("item/started", "item/completed");
		JsonRpcMessage.Notification first = ProtocolLineParser.parse(started, recent);
		JsonRpcMessage.Notification second = ProtocolLineParser.parse(completed, recent);
		assertSameAsJackson(started, first);
		assertSameAsJackson(completed, second);
		JsonNode a = first.params().get("item");
		JsonNode b = second.params().get("item");
		assertThat(b.get("id")).isSameAs(a.get("id"));
		assertThat(b.get("type")).isSameAs(a.get("type"));
		// a known value is shared without a Recent too
		assertThat(ProtocolLineParser.parse(started).params().get("item").get("type")).isSameAs(a.get("type"));
		// and so is the method of a turn's notification, also after another method
		assertThat(ProtocolLineParser.parse(started).method()).isSameAs(first.method());
		assertThat(ProtocolLineParser.parse(started, recent).method()).isSameAs(first.method()).isEqualTo("item/started");
		String unknown = started.replace("item/started", "x/unknown");
		assertThat(ProtocolLineParser.parse(unknown, recent).method()).isEqualTo("x/unknown");
		assertSameAsJackson(unknown, ProtocolLineParser.parse(unknown, recent));
		// an id that differs is read as itself
		JsonRpcMessage.Notification other = ProtocolLineParser.parse(started.replace("msg-7", "msg-8"), recent);
		assertThat(other.params().get("item").get("id").asString()).isEqualTo("msg-8");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[1]", "\"x\"", "1", "", " {}", "{} x", "{\"id\":1.5,\"result\":{}}", "{\"id\":1,}",
			"{\"id\":1", "{\"a\":\"\\x\"}" })
	void anyOtherLineIsLeftToJacksonAsATree(String line) {
		assertThat(ProtocolLineParser.tree(line)).isNull();
	}

	private static ObjectNode randomObject(Random random, int depth) {
		ObjectNode node = Json.object();
		int fields = random.nextInt((depth == 0) ? 8 : 24);
		for (int f = 0; f < fields; f++) {
			String key = (random.nextBoolean()) ? List.of("threadId", "turnId", "itemId", "type", "id", "text")
				.get(random.nextInt(6)) : randomText(random, 6);
			node.set(key, randomValue(random, depth));
		}
		return node;
	}

	private static JsonNode randomValue(Random random, int depth) {
		int kinds = (depth < 4) ? 8 : 6;
		return switch (random.nextInt(kinds)) {
			case 0 -> Json.mapper().getNodeFactory().numberNode(random.nextInt());
			case 1 -> Json.mapper().getNodeFactory().numberNode(random.nextLong() % 1_000_000_000_000_000_000L);
			case 2 -> Json.mapper().getNodeFactory().booleanNode(random.nextBoolean());
			case 3 -> Json.mapper().getNodeFactory().nullNode();
			case 4 -> Json.mapper().getNodeFactory().stringNode(List.of(THREAD, TURN, "msg-1").get(random.nextInt(3)));
			case 5 -> Json.mapper().getNodeFactory().stringNode(randomText(random, 40));
			case 6 -> randomObject(random, depth + 1);
			default -> {
				tools.jackson.databind.node.ArrayNode array = Json.mapper().createArrayNode();
				int size = random.nextInt(5);
				for (int i = 0; i < size; i++) {
					array.add(randomValue(random, depth + 1));
				}
				yield array;
			}
		};
	}

	/** Lines that are not flat notifications, or not valid JSON at all: left to Jackson. */
	@ParameterizedTest
	@ValueSource(strings = { "{\"method\":\"x\",\"params\":{\"a\":1,}}", "{\"method\":\"x\",\"params\":{\"a\":1},}",
			"{\"method\":\"x\",\"params\":{\"a\":\"b}}", "{\"method\":\"x\",\"params\":{\"a\":\"\\x\"}}",
			"{\"method\":\"x\",\"params\":{\"a\":\"\\u12\"}}", "{\"method\":\"x\",\"params\":{\"a\":\"tab\there\"}}",
			"{\"method\":\"x\",\"params\":{\"a\":1.5}}", "{\"method\":\"x\",\"params\":{\"a\":1e3}}",
			"{\"method\":\"x\",\"params\":{\"a\":01}}", "{\"method\":\"x\",\"params\":{\"a\":-}}",
			"{\"method\":\"x\",\"params\":{\"a\":1234567890123456789}}",
			"{\"method\":\"x\",\"params\":{\"a\":{\"b\":1.5}}}", "{\"method\":\"x\",\"params\":{\"a\":[1,]}}",
			"{\"method\":\"x\",\"params\":{\"a\":[1}}", "{\"method\":\"x\",\"params\":{\"a\":{\"b\":1]}}",
			"{\"method\":\"x\",\"params\":{\"a\":[,1]}}", "{\"method\":\"x\",\"params\":{\"a\":{\"b\"}}}",
			"{\"method\":\"x\",\"params\":{\"a\":[{\"b\":1e5}]}}", "{\"method\":\"x\",\"meta\":[1.0],\"params\":{}}",
			"{\"method\":\"x\",\"params\":{\"a\":tru}}", "{\"method\":\"x\",\"params\":{\"a\":truex}}",
			"{\"method\":\"x\",\"params\":null}", "{\"method\":\"x\",\"params\":[]}", "{\"method\":\"x\"}",
			"{\"method\":\"x\",\"id\":7,\"params\":{}}", "{\"method\":\"x\",\"params\":{}} trailing",
			"{\"method\":\"x\",\"params\":{}}{}", "{\"method\":\"x\",\"params\":{}", "{\"method\":\"x\",\"params\":{\"a\"",
			"{\"method\":\"x\" \"params\":{}}",
			"{\"method\":\"x\",\"params\":{\"a\" 1}}", "{\"id\":1,\"result\":{}}", " {\"method\":\"x\",\"params\":{}}",
			// Unicode digits that are not ASCII hex (Character.digit would take them; Jackson does not)
			"{\"method\":\"x\",\"params\":{\"a\":\"\\u\u0660\u0660\u0664\u0661\"}}",
			"{\"method\":\"x\",\"params\":{\"a\":\"\\u\uFF26\uFF26\uFF26\uFF26\"}}" })
	void anythingElseIsLeftToJackson(String line) {
		assertThat(ProtocolLineParser.parse(line)).isNull();
	}

	@Test
	void aPropertyNameLongerThanJacksonAllowsIsLeftToJackson() {
		String name = "k".repeat(ProtocolLineParser.MAX_NAME_LENGTH + 1);
		assertThat(ProtocolLineParser.parse("{\"method\":\"x\",\"params\":{\"" + name + "\":1}}")).isNull();
		String longest = "{\"method\":\"x\",\"params\":{\"" + name.substring(1) + "\":1}}";
		assertSameAsJackson(longest, ProtocolLineParser.parse(longest));
	}

	@Test
	void neverAcceptsWhatJacksonRejectsNorDiffersFromIt() {
		// every prefix and every one-character corruption of a delta line
		List<String> variants = new ArrayList<>();
		for (String line : List.of("{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"t\","
				+ "\"turnId\":\"u\",\"itemId\":\"m\",\"delta\":\"a\\\"b\\u00e9\",\"n\":-12},\"emittedAtMs\":5}",
				"{\"method\":\"item/started\",\"params\":{\"item\":{\"type\":\"userMessage\",\"content\":[{\"t\":"
						+ "\"x\"},[],-3]},\"turnId\":\"u\"},\"emittedAtMs\":5}"))
		for (int i = 0; i < line.length(); i++) {
			variants.add(line.substring(0, i));
			for (char c : new char[] { '"', '\\', '{', '}', '[', ']', ',', ':', '1', 'x', ' ', '\n', '-' }) {
				variants.add(line.substring(0, i) + c + line.substring(i + 1));
			}
		}
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		for (String variant : variants) {
			JsonRpcMessage.Notification fast = ProtocolLineParser.parse(variant);
			if (fast != null) {
				assertSameAsJackson(variant, fast);
			}
			JsonRpcMessage.Notification shared = ProtocolLineParser.parse(variant, recent);
			assertThat(shared == null).as(variant).isEqualTo(fast == null);
			if (shared != null) {
				assertSameAsJackson(variant, shared);
			}
		}
	}

	@Test
	void anIgnoredNotificationIsCheckedLikeAnyOtherButNotBuilt() {
		NotificationHandler ignoresRateLimits = new NotificationHandler() {
			@Override
			public void onNotification(String method, JsonNode params) {
			}

			@Override
			public boolean ignores(String method) {
				return "account/rateLimits/updated".equals(method);
			}
		};
		String line = "{\"method\":\"account/rateLimits/updated\",\"params\":{\"rateLimits\":{\"limitId\":\"codex\","
				+ "\"primary\":{\"usedPercent\":42,\"resetsAt\":1764068460},\"secondary\":null,\"x\":[1,\"a\\u00e9\",{},[]],"
				+ "\"f\":false}},\"emittedAtMs\":5}";
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		JsonRpcMessage.Notification ignored = ProtocolLineParser.parse(line, recent, ignoresRateLimits);
		assertThat(ignored.method()).isEqualTo("account/rateLimits/updated");
		assertThat(ignored.params()).isSameAs(ProtocolLineParser.IGNORED);
		// other methods are built as before
		String other = line.replace("account/rateLimits/updated", "account/updated");
		assertSameAsJackson(other, ProtocolLineParser.parse(other, recent, ignoresRateLimits));
		// params before the method, or a later method replacing an ignored one: built, or left to Jackson
		String paramsFirst = "{\"params\":{\"a\":1},\"method\":\"account/rateLimits/updated\"}";
		assertThat(ProtocolLineParser.parse(paramsFirst, recent, ignoresRateLimits)).isNull();
		String replaced = "{\"method\":\"account/rateLimits/updated\",\"params\":{\"a\":1},\"method\":\"x\"}";
		assertThat(ProtocolLineParser.parse(replaced, recent, ignoresRateLimits)).isNull();
		// every prefix and one-character corruption: accepted exactly when the building parse accepts it
		for (int i = 0; i < line.length(); i++) {
			List<String> variants = new ArrayList<>();
			variants.add(line.substring(0, i));
			for (char c : new char[] { '"', '\\', '{', '}', '[', ']', ',', ':', '1', 'x', ' ', '\n', '-' }) {
				variants.add(line.substring(0, i) + c + line.substring(i + 1));
			}
			for (String variant : variants) {
				JsonRpcMessage.Notification built = ProtocolLineParser.parse(variant);
				JsonRpcMessage.Notification checked = ProtocolLineParser.parse(variant, recent, ignoresRateLimits);
				assertThat(checked == null).as(variant).isEqualTo(built == null);
				if (checked != null && checked.params() != ProtocolLineParser.IGNORED) {
					assertSameAsJackson(variant, checked);
				}
			}
		}
	}

	private static void assertSameAsJackson(String line, JsonRpcMessage.Notification fast) {
		JsonRpcMessage expected;
		try {
			expected = JsonRpcMessage.decode(Json.parse(line));
		}
		catch (JacksonException ex) {
			throw new AssertionError("the fast path accepted a line Jackson rejects: " + line, ex);
		}
		assertThat(expected).as(line).isInstanceOf(JsonRpcMessage.Notification.class);
		JsonRpcMessage.Notification n = (JsonRpcMessage.Notification) expected;
		assertThat(fast.method()).as(line).isEqualTo(n.method());
		assertThat(fast.params()).as(line).isEqualTo(n.params());
		assertNodeTypes(line, fast.params(), n.params());
	}

	private static void assertNodeTypes(String line, JsonNode fast, JsonNode jackson) {
		assertThat(fast.getClass().getSuperclass()).as(line).isEqualTo(jackson.getClass().getSuperclass());
		assertThat(fast.size()).as(line).isEqualTo(jackson.size());
		if (jackson.isObject()) {
			assertThat(fast.propertyNames()).as(line).containsExactlyElementsOf(jackson.propertyNames());
			for (String name : jackson.propertyNames()) {
				assertThat(fast.get(name).getClass()).as(line + " / " + name).isEqualTo(jackson.get(name).getClass());
				assertNodeTypes(line, fast.get(name), jackson.get(name));
			}
		}
		else if (jackson.isArray()) {
			for (int i = 0; i < jackson.size(); i++) {
				assertThat(fast.get(i).getClass()).as(line + " / " + i).isEqualTo(jackson.get(i).getClass());
				assertNodeTypes(line, fast.get(i), jackson.get(i));
			}
		}
	}

	private static String randomText(Random random, int max) {
		String palette = "abcXYZ09 _-/\\\"'\n\t\r\b\f\u0001\u001féü✓€\u2028";
		StringBuilder sb = new StringBuilder();
		int length = random.nextInt(max + 1);
		for (int i = 0; i < length; i++) {
			if (random.nextInt(20) == 0) {
				sb.appendCodePoint(0x1F600 + random.nextInt(50));
			}
			else {
				sb.append(palette.charAt(random.nextInt(palette.length())));
			}
		}
		return sb.toString();
	}

}
