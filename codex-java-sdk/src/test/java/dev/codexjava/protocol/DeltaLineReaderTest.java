package dev.codexjava.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A differential test of {@link DeltaLineReader} against Jackson (the SDK's {@link Json} mapper, which the general
 * path gives the same tree as): for every line, either the reader steps aside ({@code false}, so the line takes the
 * general path as before) or it gives exactly the method and the four strings Jackson reads from the line decoded as
 * UTF-8, and then the line held nothing else the SDK would keep (no other member in params, no other top-level member
 * than {@code emittedAtMs} and {@code jsonrpc}). Lines the app-server writes (any member order, escapes, non-ASCII
 * text, {@code emittedAtMs}) are read by the reader, not stepped aside. Random inputs come from fixed seeds; a failure
 * names the seed and the line.
 */
class DeltaLineReaderTest {

	private static final String THREAD = "019ab9f0-5c1e-7d12-9a8b-4f3e2d1c0b9b";

	private static final String TURN = "019ab9f0-5c1e-7d12-9a8b-4f3e2d1c0b9a";

	/** Takes every delta method typed. */
	static final NotificationHandler TAKES_DELTAS = new NotificationHandler() {
		@Override
		public void onNotification(String method, JsonNode params) {
		}

		@Override
		public boolean takesDeltas(String method) {
			return true;
		}
	};

	private static final String[] DELTA_METHODS = DeltaLineReader.METHODS;

	/** String bodies (between the quotes, as JSON text): escapes, non-ASCII, and invalid ones. */
	private static final List<String> BODIES = List.of("", "a", "Hello", " world", "\\n", "\\\"quoted\\\"", "\\\\",
			"\\/", "\\b\\f\\n\\r\\t", "\\u0000", "\\u0041", "\\u00e9", "\\u00E9", "\\uFFFF", "\\ud83d\\ude00",
			"\\uD83D\\uDE00", "\\ud83d", "\\ude00", "\\ude00\\ud83d", "\\ud83dx", "é", "✓", "€", "😀", "é✓€😀", "\u2028",
			"\ufeff", "\u007f", "\u0080", "\u00a0", "日本語のテキスト", "a\\nb", "tab\\there",
			// invalid for JSON (the reader must step aside; Jackson rejects them)
			"\\u", "\\u00", "\\u004g", "\\x41", "\\'", "\\a", "\\", "\u0000", "\u0001", "\u001f", "\t", "\n");

	@Test
	void readsTheLinesTheAppServerWrites() {
		DeltaLineReader reader = new DeltaLineReader();
		String line = "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"" + THREAD + "\",\"turnId\":\""
				+ TURN + "\",\"itemId\":\"msg-1\",\"delta\":\"Hi \\\"you\\\" \\u00e9\\ud83d\\ude00 日本\\n\"},"
				+ "\"emittedAtMs\":1764068460123}";
		assertThat(read(reader, line)).isTrue();
		assertThat(reader.method()).isEqualTo("item/agentMessage/delta");
		assertThat(reader.threadId()).isEqualTo(THREAD);
		assertThat(reader.turnId()).isEqualTo(TURN);
		assertThat(reader.itemId()).isEqualTo("msg-1");
		assertThat(reader.delta()).isEqualTo("Hi \"you\" é😀 日本\n");

		String reordered = "{\"method\":\"item/commandExecution/outputDelta\",\"jsonrpc\":\"2.0\",\"params\":{\"delta\":"
				+ "\"out\",\"itemId\":\"c1\",\"turnId\":\"" + TURN + "\",\"threadId\":\"" + THREAD + "\"}}";
		assertThat(read(reader, reordered)).isTrue();
		assertThat(reader.method()).isEqualTo("item/commandExecution/outputDelta");
		assertThat(reader.delta()).isEqualTo("out");
		assertThat(reader.itemId()).isEqualTo("c1");
	}

	@Test
	void anIdEqualToThePreviousLinesIsThatLinesString() {
		DeltaLineReader reader = new DeltaLineReader();
		assertThat(read(reader, delta("item/agentMessage/delta", THREAD, TURN, "msg-1", "a"))).isTrue();
		String thread = reader.threadId();
		String turn = reader.turnId();
		String item = reader.itemId();
		assertThat(read(reader, delta("item/agentMessage/delta", THREAD, TURN, "msg-1", "b"))).isTrue();
		assertThat(reader.threadId()).isSameAs(thread);
		assertThat(reader.turnId()).isSameAs(turn);
		assertThat(reader.itemId()).isSameAs(item);
		assertThat(reader.delta()).isEqualTo("b");

		assertThat(read(reader, delta("item/agentMessage/delta", THREAD, TURN, "msg-2", "c"))).isTrue();
		assertThat(reader.itemId()).isEqualTo("msg-2");
		assertThat(reader.threadId()).isSameAs(thread);
	}

	@Test
	void stepsAsideForAnythingItDoesNotModel() {
		DeltaLineReader reader = new DeltaLineReader();
		String ok = delta("item/agentMessage/delta", "t", "u", "m", "d");
		assertThat(read(reader, ok)).isTrue();
		for (String line : List.of(
				// an extra member in params (kept raw by the general path)
				"{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"t\",\"turnId\":\"u\",\"itemId\":\"m\","
						+ "\"delta\":\"d\",\"contentIndex\":0}}",
				// a member missing, duplicated, or not a string
				"{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"t\",\"turnId\":\"u\",\"itemId\":\"m\"}}",
				"{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"t\",\"turnId\":\"u\",\"itemId\":\"m\","
						+ "\"delta\":\"d\",\"delta\":\"e\"}}",
				"{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"t\",\"turnId\":\"u\",\"itemId\":\"m\","
						+ "\"delta\":null}}",
				"{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"t\",\"turnId\":\"u\",\"itemId\":7,"
						+ "\"delta\":\"d\"}}",
				// whitespace, another top-level member, a request, trailing text, another method, a truncated line
				"{\"method\":\"item/agentMessage/delta\", \"params\":{\"threadId\":\"t\",\"turnId\":\"u\",\"itemId\":\"m\","
						+ "\"delta\":\"d\"}}",
				ok.substring(0, ok.length() - 1) + ",\"extra\":1}", ok.substring(0, ok.length() - 1) + ",\"id\":1}",
				ok + " ", ok + "x", ok.replace("agentMessage/delta", "agentMessage/deltaX"),
				ok.replace("item/agentMessage/delta", "item/plan/delta"), ok.substring(0, ok.length() - 1),
				ok.substring(0, 30), ok.replace("\"d\"", "\"\\q\""))) {
			assertThat(read(reader, line)).as(line).isFalse();
		}
		// a method the handler does not take typed
		NotificationHandler agentOnly = new NotificationHandler() {
			@Override
			public void onNotification(String method, JsonNode params) {
			}

			@Override
			public boolean takesDeltas(String method) {
				return method.equals("item/agentMessage/delta");
			}
		};
		byte[] reasoning = utf8(delta("item/reasoning/textDelta", "t", "u", "m", "d"));
		assertThat(reader.read(reasoning, 0, reasoning.length, agentOnly)).isFalse();
	}

	@Test
	void stepsAsideForInvalidUtf8() {
		DeltaLineReader reader = new DeltaLineReader();
		byte[][] invalid = { { (byte) 0xFF }, { (byte) 0x80 }, { (byte) 0xC0, (byte) 0x80 }, { (byte) 0xC3 },
				{ (byte) 0xE2, (byte) 0x82 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				{ (byte) 0xE0, (byte) 0x80, (byte) 0x80 }, { (byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80 },
				{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80 } };
		for (byte[] bad : invalid) {
			for (int member = 0; member < 4; member++) {
				String[] values = { "t", "u", "m", "d" };
				values[member] = "@@";
				byte[] line = utf8(delta("item/agentMessage/delta", values[0], values[1], values[2], values[3]));
				byte[] mutated = splice(line, indexOf(line, (byte) '@'), 2, bad);
				assertThat(reader.read(mutated, 0, mutated.length, TAKES_DELTAS)).as(Arrays.toString(bad)).isFalse();
			}
		}
	}

	@Test
	void readsAHugeDeltaAndStepsAsideBeyondTheStringLimit() {
		DeltaLineReader reader = new DeltaLineReader();
		String big = "é\\n✓x".repeat(300_000);
		assertThat(read(reader, delta("item/agentMessage/delta", "t", "u", "m", big))).isTrue();
		assertThat(reader.delta()).hasSize(1_200_000).isEqualTo("é\n✓x".repeat(300_000));

		int limit = Json.maxStringLength();
		String tooLong = "a".repeat(limit + 1);
		assertThat(read(reader, delta("item/agentMessage/delta", "t", "u", "m", tooLong))).isFalse();
		assertThat(read(reader, delta("item/agentMessage/delta", "t", "u", "m", "a".repeat(limit)))).isTrue();
	}

	@Test
	void readsOnlyWhatJacksonReadsTheSameWay() {
		int accepted = 0;
		int clean = 0;
		for (long seed = 1; seed <= 20_000; seed++) {
			Random random = new Random(seed);
			Generated line = generate(random);
			DeltaLineReader reader = new DeltaLineReader();
			// offset into a larger buffer, as a transport's read buffer is
			byte[] buffer = new byte[line.bytes.length + 7];
			System.arraycopy(line.bytes, 0, buffer, 3, line.bytes.length);
			boolean read;
			try {
				read = reader.read(buffer, 3, line.bytes.length, TAKES_DELTAS);
			}
			catch (RuntimeException ex) {
				throw new AssertionError("seed " + seed + " threw on " + line.text(), ex);
			}
			if (read) {
				accepted++;
				assertSameAsJackson(seed, line, reader);
			}
			if (line.clean) {
				clean++;
				if (!read) {
					fail("seed " + seed + ": a line the app-server writes took the general path: " + line.text());
				}
			}
		}
		assertThat(clean).isGreaterThan(2_000);
		assertThat(accepted).isGreaterThanOrEqualTo(clean);
	}

	/**
	 * One reader for a whole stream of lines, as on a connection (its ids shared from line to line), against what the
	 * general path makes of the same line (the SDK's own line parser first, sharing its recent values too, then
	 * Jackson): a line read from its bytes never carries an earlier line's id or text.
	 */
	@Test
	void oneReaderForAStreamReadsEachLineAsTheGeneralPathDoes() {
		DeltaLineReader reader = new DeltaLineReader();
		ProtocolLineParser.Recent recent = new ProtocolLineParser.Recent();
		Random ids = new Random(7);
		String[] prefixes = { THREAD, THREAD.substring(0, 20), THREAD + "0", "", "t", "tt" };
		int read = 0;
		for (long seed = 1; seed <= 20_000; seed++) {
			Random random = new Random(seed);
			Generated generated = generate(random);
			byte[] bytes = generated.bytes;
			if (ids.nextInt(3) == 0) {
				// ids that equal the last ones on a prefix, or differ from them only in length
				String id = prefixes[ids.nextInt(prefixes.length)];
				String line = delta(DELTA_METHODS[ids.nextInt(DELTA_METHODS.length)], id,
						prefixes[ids.nextInt(prefixes.length)], id, "d" + seed);
				bytes = utf8(line);
			}
			String text = new String(bytes, StandardCharsets.UTF_8);
			if (!reader.read(bytes, 0, bytes.length, TAKES_DELTAS)) {
				continue;
			}
			read++;
			String context = "seed " + seed + ": " + text;
			JsonRpcMessage message = ProtocolLineParser.parse(text, recent, TAKES_DELTAS);
			if (message == null) {
				message = JsonRpcMessage.decode(Json.parse(text));
			}
			JsonNode params = ((JsonRpcMessage.Notification) message).params();
			assertThat(reader.method()).as(context).isEqualTo(((JsonRpcMessage.Notification) message).method());
			assertThat(reader.threadId()).as(context).isEqualTo(params.get("threadId").asString());
			assertThat(reader.turnId()).as(context).isEqualTo(params.get("turnId").asString());
			assertThat(reader.itemId()).as(context).isEqualTo(params.get("itemId").asString());
			assertThat(reader.delta()).as(context).isEqualTo(params.get("delta").asString());
		}
		assertThat(read).isGreaterThan(5_000);
	}

	private static void assertSameAsJackson(long seed, Generated line, DeltaLineReader reader) {
		String context = "seed " + seed + ": " + line.text();
		assertThat(validUtf8(line.bytes)).as(context + " (read although not valid UTF-8)").isTrue();
		JsonNode node;
		try {
			node = Json.parse(new String(line.bytes, StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			throw new AssertionError(context + " read although Jackson rejects it", ex);
		}
		JsonRpcMessage message = JsonRpcMessage.decode(node);
		assertThat(message).as(context).isInstanceOf(JsonRpcMessage.Notification.class);
		JsonRpcMessage.Notification notification = (JsonRpcMessage.Notification) message;
		assertThat(reader.method()).as(context).isEqualTo(notification.method());
		List<String> topLevel = names(node);
		assertThat(topLevel).as(context).containsOnlyOnce("method", "params");
		assertThat(topLevel).as(context).isSubsetOf("method", "params", "emittedAtMs", "jsonrpc");
		JsonNode params = notification.params();
		assertThat(names(params)).as(context).containsExactlyInAnyOrder("threadId", "turnId", "itemId", "delta");
		assertThat(params.get("threadId").isString() && params.get("turnId").isString()
				&& params.get("itemId").isString() && params.get("delta").isString()).as(context).isTrue();
		assertThat(reader.threadId()).as(context).isEqualTo(params.get("threadId").asString());
		assertThat(reader.turnId()).as(context).isEqualTo(params.get("turnId").asString());
		assertThat(reader.itemId()).as(context).isEqualTo(params.get("itemId").asString());
		assertThat(reader.delta()).as(context).isEqualTo(params.get("delta").asString());
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext();) {
			names.add(it.next());
		}
		return names;
	}

	/** A generated line: its bytes, and whether it is one the app-server writes (the reader must read it). */
	private record Generated(byte[] bytes, boolean clean) {

		String text() {
			String text = new String(this.bytes, StandardCharsets.UTF_8);
			return (text.length() > 400) ? text.substring(0, 400) + "… (" + text.length() + " chars)" : text;
		}

	}

	private static Generated generate(Random random) {
		boolean clean = true;
		String method;
		if (random.nextInt(20) == 0) {
			method = random.nextBoolean() ? "item/plan/delta" : "item/agentMessage/delta2";
			clean = false;
		}
		else {
			method = DELTA_METHODS[random.nextInt(DELTA_METHODS.length)];
		}
		List<String> members = new ArrayList<>();
		String[] keys = { "threadId", "turnId", "itemId", "delta" };
		String[] ids = { THREAD, TURN, "msg-" + random.nextInt(3) };
		for (int i = 0; i < 4; i++) {
			String value;
			if (i < 3 && random.nextInt(4) != 0) {
				value = "\"" + ids[i] + "\"";
			}
			else {
				value = "\"" + body(random) + "\"";
				if (!cleanBody(value)) {
					clean = false;
				}
			}
			members.add("\"" + keys[i] + "\":" + value);
		}
		switch (random.nextInt(14)) {
			case 0 -> {
				members.remove(random.nextInt(members.size()));
				clean = false;
			}
			case 1 -> {
				members.add(members.get(random.nextInt(members.size())));
				clean = false;
			}
			case 2 -> {
				String[] extras = { "\"contentIndex\":0", "\"x\":\"y\"", "\"delta2\":\"d\"", "\"threadIdx\":\"t\"",
						"\"\":\"\"" };
				members.add(extras[random.nextInt(extras.length)]);
				clean = false;
			}
			case 3 -> {
				String[] wrong = { "null", "1", "true", "{}", "[]", "\"a\"", "-0", "1.5", "{\"a\":\"b\"}" };
				int i = random.nextInt(members.size());
				String member = members.get(i);
				members.set(i, member.substring(0, member.indexOf(':') + 1) + wrong[random.nextInt(wrong.length)]);
				clean = clean && members.get(i).endsWith("\"a\"");
			}
			default -> {
			}
		}
		java.util.Collections.shuffle(members, random);
		StringBuilder params = new StringBuilder("{").append(String.join(",", members)).append('}');
		List<String> top = new ArrayList<>();
		top.add("\"params\":" + params);
		if (random.nextInt(3) != 0) {
			String[] emitted = { "1764068460123", "0", "-5", "12", "1.5", "01", "1e3", "\"x\"", "null",
					"1234567890123456789" };
			int pick = (random.nextInt(4) == 0) ? random.nextInt(emitted.length) : 0;
			top.add("\"emittedAtMs\":" + emitted[pick]);
			clean = clean && pick <= 3;
		}
		if (random.nextInt(6) == 0) {
			boolean right = random.nextBoolean();
			top.add("\"jsonrpc\":" + (right ? "\"2.0\"" : "\"1.0\""));
			clean = clean && right;
		}
		if (random.nextInt(25) == 0) {
			top.add(random.nextBoolean() ? "\"id\":1" : "\"other\":{}");
			clean = false;
		}
		java.util.Collections.shuffle(top, random);
		String text = "{\"method\":\"" + method + "\"," + String.join(",", top) + "}";
		if (random.nextInt(25) == 0) {
			// whitespace somewhere (valid JSON, left to the general path)
			int at = text.indexOf(',');
			text = text.substring(0, at) + " " + text.substring(at);
			clean = false;
		}
		byte[] bytes = utf8(text);
		switch (random.nextInt(20)) {
			case 0 -> {
				bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
				clean = false;
			}
			case 1 -> {
				byte[][] invalid = { { (byte) 0xFF }, { (byte) 0x80 }, { (byte) 0xC0, (byte) 0xAF },
						{ (byte) 0xED, (byte) 0xB0, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 },
						{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 } };
				int at = random.nextInt(bytes.length);
				bytes = splice(bytes, at, 0, invalid[random.nextInt(invalid.length)]);
				clean = false;
			}
			default -> {
			}
		}
		return new Generated(bytes, clean);
	}

	/** A string body: a few pieces, now and then a huge one. */
	private static String body(Random random) {
		StringBuilder body = new StringBuilder();
		int pieces = random.nextInt(5);
		for (int i = 0; i < pieces; i++) {
			switch (random.nextInt(6)) {
				case 0 -> body.append(randomText(random));
				default -> body.append(BODIES.get(random.nextInt(BODIES.size())));
			}
		}
		if (random.nextInt(400) == 0) {
			body.append("x\\u00e9é\\n".repeat(10_000 + random.nextInt(50_000)));
		}
		return body.toString();
	}

	/** Random code points, escaped as JSON needs (quotes, backslashes, control characters). */
	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(8);
		for (int i = 0; i < length; i++) {
			int code;
			switch (random.nextInt(4)) {
				case 0 -> code = random.nextInt(0x80);
				case 1 -> code = 0x80 + random.nextInt(0x800 - 0x80);
				case 2 -> code = 0x800 + random.nextInt(0xD800 - 0x800);
				default -> code = 0x10000 + random.nextInt(0x10FFFF - 0x10000);
			}
			if (code == '"' || code == '\\' || code < 0x20) {
				text.append(String.format("\\u%04x", code));
			}
			else {
				text.appendCodePoint(code);
			}
		}
		return text.toString();
	}

	/** Whether a quoted value (as JSON text) is one JSON reads: the invalid bodies of {@link #BODIES} are not. */
	private static boolean cleanBody(String quoted) {
		String body = quoted.substring(1, quoted.length() - 1);
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c < 0x20 || c == '"') {
				return false;
			}
			if (c == '\\') {
				if (i + 1 >= body.length()) {
					return false;
				}
				char e = body.charAt(++i);
				if (e == 'u') {
					if (i + 4 >= body.length()) {
						return false;
					}
					for (int k = 1; k <= 4; k++) {
						if (Character.digit(body.charAt(i + k), 16) < 0) {
							return false;
						}
					}
					i += 4;
				}
				else if ("\"\\/bfnrt".indexOf(e) < 0) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean read(DeltaLineReader reader, String line) {
		byte[] bytes = utf8(line);
		return reader.read(bytes, 0, bytes.length, TAKES_DELTAS);
	}

	private static String delta(String method, String threadId, String turnId, String itemId, String delta) {
		return "{\"method\":\"" + method + "\",\"params\":{\"threadId\":\"" + threadId + "\",\"turnId\":\"" + turnId
				+ "\",\"itemId\":\"" + itemId + "\",\"delta\":\"" + delta + "\"},\"emittedAtMs\":1764068460123}";
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static int indexOf(byte[] bytes, byte b) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	/** {@code bytes} with {@code removed} bytes at {@code at} replaced by {@code inserted}. */
	private static byte[] splice(byte[] bytes, int at, int removed, byte[] inserted) {
		byte[] result = new byte[bytes.length - removed + inserted.length];
		System.arraycopy(bytes, 0, result, 0, at);
		System.arraycopy(inserted, 0, result, at, inserted.length);
		System.arraycopy(bytes, at + removed, result, at + inserted.length, bytes.length - at - removed);
		return result;
	}

	private static boolean validUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
