package dev.codexjava.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.transport.Transport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines given to {@link RpcConnection} as bytes ({@link Transport.Handler#onLine(byte[], int, int, boolean)}): a
 * streamed delta goes to {@link NotificationHandler#onDelta} when the handler takes it typed, to
 * {@link NotificationHandler#onNotification} with its params otherwise; malformed lines are reported as on the
 * {@code String} path; bursts end where they did.
 */
class RpcConnectionBytesTest {

	private static final String DELTA = "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"t1\","
			+ "\"turnId\":\"u1\",\"itemId\":\"m1\",\"delta\":\"Hi é\\n\"},\"emittedAtMs\":1764068460123}";

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final Recorder recorder = new Recorder();

	private final Handlers handlers = new Handlers();

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
	}

	@Test
	void aDeltaTheHandlerTakesTypedSkipsTheTree() {
		this.recorder.takes = true;
		Transport.Handler connection = connect();
		send(connection, DELTA, false);
		assertThat(this.recorder.calls).containsExactly("delta item/agentMessage/delta t1 u1 m1 Hi é\n", "burstEnd");
	}

	@Test
	void aDeltaTheHandlerDoesNotTakeTypedComesWithItsParams() {
		Transport.Handler connection = connect();
		send(connection, DELTA, false);
		assertThat(this.recorder.calls).containsExactly(
				"notification item/agentMessage/delta " + Json.parse(DELTA).get("params"), "burstEnd");
	}

	@Test
	void aDeltaTheHandlerHandsBackComesWithItsParams() {
		this.recorder.takes = true;
		this.recorder.handsBack = true;
		Transport.Handler connection = connect();
		send(connection, DELTA, true);
		assertThat(this.recorder.calls).containsExactly("delta item/agentMessage/delta t1 u1 m1 Hi é\n",
				"notification item/agentMessage/delta " + Json.parse(DELTA).get("params"));
	}

	@Test
	void aHandlerThatThrowsOnADeltaDoesNotStopTheConnection() {
		this.recorder.takes = true;
		this.recorder.throwOnDelta = true;
		Transport.Handler connection = connect();
		send(connection, DELTA, true);
		this.recorder.throwOnDelta = false;
		send(connection, DELTA, false);
		assertThat(this.recorder.calls).containsExactly("delta item/agentMessage/delta t1 u1 m1 Hi é\n",
				"delta item/agentMessage/delta t1 u1 m1 Hi é\n", "burstEnd");
	}

	@Test
	void aFailureWhileDecidingOnTheBytePathFallsBackToTheGeneralPath() {
		this.recorder.throwOnTakes = true;
		Transport.Handler connection = connect();
		send(connection, DELTA, false);
		assertThat(this.recorder.calls).containsExactly(
				"notification item/agentMessage/delta " + Json.parse(DELTA).get("params"), "burstEnd");
	}

	@Test
	void otherLinesAndBurstsAreHandledAsOnTheStringPath() {
		this.recorder.takes = true;
		Transport.Handler connection = connect();
		send(connection, "{\"method\":\"turn/started\",\"params\":{\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\"}}}", true);
		send(connection, DELTA, true);
		send(connection, DELTA.replace("\"delta\":\"Hi é\\n\"", "\"delta\":\"x\",\"contentIndex\":2"), false);
		assertThat(this.recorder.calls).containsExactly(
				"notification turn/started {\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\"}}",
				"delta item/agentMessage/delta t1 u1 m1 Hi é\n",
				"notification item/agentMessage/delta {\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"m1\","
						+ "\"delta\":\"x\",\"contentIndex\":2}",
				"burstEnd");
	}

	@Test
	void aMalformedDeltaLineIsReportedAsBefore() {
		this.recorder.takes = true;
		Transport.Handler connection = connect();
		// truncated: not JSON, skipped (and logged); nothing delivered
		send(connection, DELTA.substring(0, 60), true);
		// a delta longer than the parser allows: the turn is told at once (as on the String path)
		String tooLong = DELTA.replace("Hi é\\n", "a".repeat(Json.maxStringLength() + 1));
		send(connection, tooLong, false);
		assertThat(this.recorder.calls).hasSize(2);
		assertThat(this.recorder.calls.get(0)).isEqualTo("unreadable item/agentMessage/delta t1 u1 "
				+ StreamConstraintsException.class.getSimpleName());
		assertThat(this.recorder.calls.get(1)).isEqualTo("burstEnd");

		// the same through the String path
		this.recorder.calls.clear();
		connection.onLine(DELTA.substring(0, 60), true);
		connection.onLine(tooLong, false);
		assertThat(this.recorder.calls).containsExactly("unreadable item/agentMessage/delta t1 u1 "
				+ StreamConstraintsException.class.getSimpleName(), "burstEnd");
	}

	@Test
	void aResponseAsBytesCompletesItsRequest() throws Exception {
		Transport.Handler connection = connect();
		var future = this.handlers.connection.request("thread/start", Json.object(), Duration.ofSeconds(5));
		send(connection, "{\"id\":1,\"result\":{\"ok\":\"é\"}}", false);
		assertThat(future.get().get("ok").asString()).isEqualTo("é");
	}

	private Transport.Handler connect() {
		CapturingTransport transport = new CapturingTransport();
		this.handlers.connection = new RpcConnection(transport, this.recorder, (request) -> {
		}, this.scheduler, RpcObserver.NONE);
		this.handlers.connection.start();
		return transport.handler;
	}

	/** Sends a line as its UTF-8 bytes, in a larger buffer (as a transport's read buffer). */
	private static void send(Transport.Handler handler, String line, boolean more) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		byte[] buffer = new byte[bytes.length + 16];
		System.arraycopy(bytes, 0, buffer, 8, bytes.length);
		handler.onLine(buffer, 8, bytes.length, more);
	}

	private static final class Handlers {

		RpcConnection connection;

	}

	/** Records what the connection hands it. */
	private static final class Recorder implements NotificationHandler {

		final List<String> calls = new CopyOnWriteArrayList<>();

		volatile boolean takes;

		volatile boolean handsBack;

		volatile boolean throwOnDelta;

		@Override
		public void onNotification(String method, JsonNode params) {
			this.calls.add("notification " + method + " " + params);
		}

		volatile boolean throwOnTakes;

		@Override
		public boolean takesDeltas(String method) {
			if (this.throwOnTakes) {
				throw new IllegalStateException("bug");
			}
			return this.takes;
		}

		@Override
		public boolean onDelta(String method, String threadId, String turnId, String itemId, String delta) {
			this.calls.add("delta " + method + " " + threadId + " " + turnId + " " + itemId + " " + delta);
			if (this.throwOnDelta) {
				throw new IllegalStateException("bug");
			}
			return !this.handsBack;
		}

		@Override
		public void onBurstEnd() {
			this.calls.add("burstEnd");
		}

		@Override
		public void onUnreadable(String method, String threadId, String turnId, RuntimeException cause) {
			this.calls.add("unreadable " + method + " " + threadId + " " + turnId + " " + cause.getClass().getSimpleName());
		}

	}

}
