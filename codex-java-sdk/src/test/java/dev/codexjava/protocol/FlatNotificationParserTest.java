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
 * The fast path for streamed deltas must give exactly what Jackson gives (same method, same tree, same node types)
 * or step aside ({@code null}), never accept a line Jackson rejects and never differ from it.
 */
class FlatNotificationParserTest {

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
			JsonRpcMessage.Notification fast = FlatNotificationParser.parse(line);
			assertThat(fast).as(line).isNotNull();
			assertSameAsJackson(line, fast);
		}
	}

	@Test
	void randomFlatNotificationsWrittenByJacksonReadTheSame() {
		Random random = new Random(20261201);
		FlatNotificationParser.Recent recent = new FlatNotificationParser.Recent();
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
			JsonRpcMessage.Notification fast = FlatNotificationParser.parse(line);
			assertThat(fast).as(line).isNotNull();
			assertSameAsJackson(line, fast);
			// and the same again with the values of the lines before shared
			assertSameAsJackson(line, FlatNotificationParser.parse(line, recent));
		}
	}

	@Test
	void theIdsOfConsecutiveDeltasAreSharedAndStillReadAsJacksonDoes() {
		FlatNotificationParser.Recent recent = new FlatNotificationParser.Recent();
		List<JsonRpcMessage.Notification> read = new ArrayList<>();
		for (String item : List.of("msg-1", "msg-1", "msg-2", "msg-1")) {
			for (String delta : List.of("a", "b\\n")) {
				String line = "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"" + THREAD
						+ "\",\"turnId\":\"" + TURN + "\",\"itemId\":\"" + item + "\",\"delta\":\"" + delta + "\"}}";
				JsonRpcMessage.Notification fast = FlatNotificationParser.parse(line, recent);
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
		assertThat(FlatNotificationParser.parse(again, recent).params().get("threadId").asString()).isEqualTo(THREAD);
	}

	/** Lines that are not flat notifications, or not valid JSON at all: left to Jackson. */
	@ParameterizedTest
	@ValueSource(strings = { "{\"method\":\"x\",\"params\":{\"a\":1,}}", "{\"method\":\"x\",\"params\":{\"a\":1},}",
			"{\"method\":\"x\",\"params\":{\"a\":\"b}}", "{\"method\":\"x\",\"params\":{\"a\":\"\\x\"}}",
			"{\"method\":\"x\",\"params\":{\"a\":\"\\u12\"}}", "{\"method\":\"x\",\"params\":{\"a\":\"tab\there\"}}",
			"{\"method\":\"x\",\"params\":{\"a\":1.5}}", "{\"method\":\"x\",\"params\":{\"a\":1e3}}",
			"{\"method\":\"x\",\"params\":{\"a\":01}}", "{\"method\":\"x\",\"params\":{\"a\":-}}",
			"{\"method\":\"x\",\"params\":{\"a\":1234567890123456789}}",
			"{\"method\":\"x\",\"params\":{\"a\":{\"b\":1}}}", "{\"method\":\"x\",\"params\":{\"a\":[1]}}",
			"{\"method\":\"x\",\"params\":{\"a\":tru}}", "{\"method\":\"x\",\"params\":{\"a\":truex}}",
			"{\"method\":\"x\",\"params\":null}", "{\"method\":\"x\",\"params\":[]}", "{\"method\":\"x\"}",
			"{\"method\":\"x\",\"id\":7,\"params\":{}}", "{\"method\":\"x\",\"params\":{}} trailing",
			"{\"method\":\"x\",\"params\":{}}{}", "{\"method\":\"x\",\"params\":{}", "{\"method\":\"x\",\"params\":{\"a\"",
			"{\"method\":\"x\",\"meta\":{\"a\":1},\"params\":{}}", "{\"method\":\"x\" \"params\":{}}",
			"{\"method\":\"x\",\"params\":{\"a\" 1}}", "{\"id\":1,\"result\":{}}", " {\"method\":\"x\",\"params\":{}}",
			// Unicode digits that are not ASCII hex (Character.digit would take them; Jackson does not)
			"{\"method\":\"x\",\"params\":{\"a\":\"\\u\u0660\u0660\u0664\u0661\"}}",
			"{\"method\":\"x\",\"params\":{\"a\":\"\\u\uFF26\uFF26\uFF26\uFF26\"}}" })
	void anythingElseIsLeftToJackson(String line) {
		assertThat(FlatNotificationParser.parse(line)).isNull();
	}

	@Test
	void aPropertyNameLongerThanJacksonAllowsIsLeftToJackson() {
		String name = "k".repeat(FlatNotificationParser.MAX_NAME_LENGTH + 1);
		assertThat(FlatNotificationParser.parse("{\"method\":\"x\",\"params\":{\"" + name + "\":1}}")).isNull();
		String longest = "{\"method\":\"x\",\"params\":{\"" + name.substring(1) + "\":1}}";
		assertSameAsJackson(longest, FlatNotificationParser.parse(longest));
	}

	@Test
	void neverAcceptsWhatJacksonRejectsNorDiffersFromIt() {
		// every prefix and every one-character corruption of a delta line
		String line = "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"t\",\"turnId\":\"u\","
				+ "\"itemId\":\"m\",\"delta\":\"a\\\"b\\u00e9\",\"n\":-12},\"emittedAtMs\":5}";
		List<String> variants = new ArrayList<>();
		for (int i = 0; i < line.length(); i++) {
			variants.add(line.substring(0, i));
			for (char c : new char[] { '"', '\\', '{', '}', ',', ':', '1', 'x', ' ', '\n', '-' }) {
				variants.add(line.substring(0, i) + c + line.substring(i + 1));
			}
		}
		FlatNotificationParser.Recent recent = new FlatNotificationParser.Recent();
		for (String variant : variants) {
			JsonRpcMessage.Notification fast = FlatNotificationParser.parse(variant);
			if (fast != null) {
				assertSameAsJackson(variant, fast);
			}
			JsonRpcMessage.Notification shared = FlatNotificationParser.parse(variant, recent);
			assertThat(shared == null).as(variant).isEqualTo(fast == null);
			if (shared != null) {
				assertSameAsJackson(variant, shared);
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
		for (String name : jackson.propertyNames()) {
			assertThat(fast.get(name).getClass()).as(line + " / " + name).isEqualTo(jackson.get(name).getClass());
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
