package dev.codexjava.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The floor + Jackson client against fixed app-server lines (as the binary writes them): it reads the same messages
 * as the raw floor's substring tests, and writes the same requests, through a Jackson 3 tree.
 */
class JacksonFloorClientTest {

	private static final String THREAD = "01a24e52-dcce-71c1-ba9f-218fbe9dc514";

	private static final String TURN = "01a24e52-dcdc-7b12-a069-97d527f2f5ff";

	static final String INITIALIZE_RESPONSE = "{\"id\":1,\"result\":{\"userAgent\":\"x/0.169.0\",\"codexHome\":\"/tmp/h\","
			+ "\"platformFamily\":\"unix\",\"platformOs\":\"linux\"}}";

	static final String THREAD_RESPONSE = "{\"id\":2,\"result\":{\"thread\":{\"id\":\"" + THREAD + "\",\"environments\":"
			+ "[{\"environmentId\":\"local\",\"cwd\":\"/tmp/w\"}],\"sessionId\":\"" + THREAD + "\",\"ephemeral\":true,"
			+ "\"createdAt\":1796610383},\"model\":\"mock-model\"}}";

	static final String THREAD_STARTED = "{\"method\":\"thread/started\",\"params\":{\"thread\":{\"id\":\"" + THREAD
			+ "\",\"ephemeral\":true}},\"emittedAtMs\":1796610383052}";

	static final String TURN_RESPONSE = "{\"id\":3,\"result\":{\"turn\":{\"id\":\"" + TURN + "\",\"items\":[],"
			+ "\"status\":\"inProgress\",\"error\":null}}}";

	static final String DELTA = "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"" + THREAD
			+ "\",\"turnId\":\"" + TURN + "\",\"itemId\":\"msg-1\",\"delta\":\"x\"},\"emittedAtMs\":1796610383615}";

	static final String ITEM_COMPLETED = "{\"method\":\"item/completed\",\"params\":{\"item\":{\"type\":\"agentMessage\","
			+ "\"id\":\"msg-1\",\"text\":\"xx\"},\"threadId\":\"" + THREAD + "\",\"turnId\":\"" + TURN + "\"},"
			+ "\"emittedAtMs\":1796610383616}";

	static final String TURN_COMPLETED = "{\"method\":\"turn/completed\",\"params\":{\"threadId\":\"" + THREAD
			+ "\",\"turn\":{\"id\":\"" + TURN + "\",\"items\":[],\"status\":\"completed\",\"error\":null,"
			+ "\"durationMs\":547}},\"emittedAtMs\":1796610383617}";

	static final String SERVER_REQUEST = "{\"id\":0,\"method\":\"item/commandExecution/requestApproval\",\"params\":{"
			+ "\"threadId\":\"" + THREAD + "\",\"turnId\":\"" + TURN + "\",\"itemId\":\"c-1\"}}";

	static final String ERROR_RESPONSE = "{\"error\":{\"code\":-32600,\"message\":\"Invalid request: unknown variant\"},"
			+ "\"id\":4}";

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void readsTheSameMessagesAsTheRawFloorsSubstringTests() {
		for (String line : List.of(INITIALIZE_RESPONSE, THREAD_RESPONSE, THREAD_STARTED, TURN_RESPONSE, DELTA,
				ITEM_COMPLETED, TURN_COMPLETED, SERVER_REQUEST, ERROR_RESPONSE)) {
			JsonNode message = this.mapper.readTree(line);
			assertThat(JacksonFloorClient.isDelta(message)).as(line).isEqualTo(line.contains(FloorClient.DELTA));
			assertThat(JacksonFloorClient.isTurnCompleted(message)).as(line)
				.isEqualTo(line.contains(FloorClient.TURN_COMPLETED));
		}
	}

	@Test
	void findsTheResponsesAndTheThreadIdTheRawFloorFinds() {
		JsonNode threadResponse = this.mapper.readTree(THREAD_RESPONSE);

		assertThat(JacksonFloorClient.responseId(threadResponse)).isEqualTo(2);
		assertThat(JacksonFloorClient.threadId(threadResponse)).isEqualTo(FloorClient.threadIdOf(THREAD_RESPONSE))
			.isEqualTo(THREAD);
		assertThat(JacksonFloorClient.responseId(this.mapper.readTree(ERROR_RESPONSE))).isEqualTo(4);
		// a notification carrying a thread, and a request from the server, are no responses
		assertThat(JacksonFloorClient.responseId(this.mapper.readTree(THREAD_STARTED))).isEqualTo(-1);
		assertThat(JacksonFloorClient.responseId(this.mapper.readTree(SERVER_REQUEST))).isEqualTo(-1);
	}

	@Test
	void readsADeltasIdsAndTextAndATurnsThreadFromTheTree() {
		String noText = DELTA.replace(",\"delta\":\"x\"", "");
		String noThread = TURN_COMPLETED.replace("\"threadId\":\"" + THREAD + "\",", "");

		assertThatIllegalStateException().isThrownBy(() -> JacksonFloorClient.isDelta(this.mapper.readTree(noText)));
		assertThatIllegalStateException()
			.isThrownBy(() -> JacksonFloorClient.isTurnCompleted(this.mapper.readTree(noThread)));
	}

	@Test
	void drivesAHandshakeAThreadAndTurnsWritingTheRawFloorsRequests() {
		String server = String.join("\n", INITIALIZE_RESPONSE, THREAD_STARTED, THREAD_RESPONSE, TURN_RESPONSE, DELTA,
				DELTA, ITEM_COMPLETED, TURN_COMPLETED, TURN_RESPONSE.replace("\"id\":3", "\"id\":4"), SERVER_REQUEST,
				TURN_COMPLETED) + "\n";
		FakeProcess jacksonProcess = new FakeProcess(server);
		JacksonFloorClient jackson = new JacksonFloorClient(this.mapper, new FloorClient(jacksonProcess));
		// the raw floor without the handshake: its thread/start is request 1
		FakeProcess rawProcess = new FakeProcess(String.join("\n", THREAD_STARTED,
				THREAD_RESPONSE.replace("\"id\":2", "\"id\":1"), TURN_RESPONSE, DELTA, DELTA, ITEM_COMPLETED,
				TURN_COMPLETED) + "\n");
		FloorClient raw = new FloorClient(rawProcess);

		jackson.handshake();
		String thread = jackson.startThread();
		FloorClient.StreamTurn stream = jackson.streamTurn(thread, "Say \"ok\"");
		jackson.runTurn(thread, "Say ok");
		String rawThread = raw.startThread();
		FloorClient.StreamTurn rawStream = raw.streamTurn(rawThread, "Say ok");

		assertThat(thread).isEqualTo(rawThread).isEqualTo(THREAD);
		assertThat(stream.deltas()).isEqualTo(rawStream.deltas()).isEqualTo(2);
		List<JsonNode> written = jacksonProcess.written(this.mapper);
		assertThat(written).hasSize(5);
		assertThat(written.get(0)).isEqualTo(this.mapper.readTree("{\"id\":1,\"method\":\"initialize\",\"params\":{"
				+ "\"clientInfo\":{\"name\":\"codex_java_floor_jackson\",\"title\":\"floor + Jackson\",\"version\":\"0\"},"
				+ "\"capabilities\":{\"experimentalApi\":false}}}"));
		assertThat(written.get(1)).isEqualTo(this.mapper.readTree("{\"method\":\"initialized\"}"));
		List<JsonNode> rawWritten = rawProcess.written(this.mapper);
		for (String field : List.of("method", "params")) {
			assertThat(written.get(2).get(field)).isEqualTo(rawWritten.get(0).get(field));
			assertThat(written.get(4).get(field)).isEqualTo(rawWritten.get(1).get(field));
		}
		// the mapper escapes what string concatenation would not
		assertThat(written.get(3).path("params").path("input").path(0).path("text").stringValue())
			.isEqualTo("Say \"ok\"");
		assertThat(written).extracting((n) -> n.path("id").asInt(-1)).containsExactly(1, -1, 2, 3, 4);
	}

	@Test
	void failsOnAnErrorResponse() {
		JacksonFloorClient client = new JacksonFloorClient(this.mapper,
				new FloorClient(new FakeProcess(ERROR_RESPONSE.replace("\"id\":4", "\"id\":1") + "\n")));

		assertThatIllegalStateException().isThrownBy(client::handshake).withMessageContaining("request 1 failed");
	}

	/** A process whose output is fixed lines and whose input is kept. */
	private static final class FakeProcess extends Process {

		private final InputStream out;

		private final ByteArrayOutputStream in = new ByteArrayOutputStream();

		FakeProcess(String lines) {
			this.out = new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8));
		}

		List<JsonNode> written(JsonMapper mapper) {
			return this.in.toString(StandardCharsets.UTF_8).lines().map(mapper::readTree).toList();
		}

		@Override
		public OutputStream getOutputStream() {
			return this.in;
		}

		@Override
		public InputStream getInputStream() {
			return this.out;
		}

		@Override
		public InputStream getErrorStream() {
			return InputStream.nullInputStream();
		}

		@Override
		public int waitFor() {
			return 0;
		}

		@Override
		public boolean waitFor(long timeout, TimeUnit unit) {
			return true;
		}

		@Override
		public int exitValue() {
			return 0;
		}

		@Override
		public void destroy() {
		}

		@Override
		public Stream<ProcessHandle> descendants() {
			return Stream.empty();
		}

	}

}
