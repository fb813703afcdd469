package dev.codexjava.protocol;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.CodexTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An answer that comes after its request timed out ({@link RpcConnection#request(String, JsonNode, Duration, Object,
 * java.util.function.Consumer)}): handed to whoever asked for it, once, in its place among the lines; dropped when
 * nobody asked, when it is an error, after the connection closed, and for the oldest beyond {@link LateAnswers#LIMIT}.
 */
class LateAnswersTest {

	private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);

	private final CapturingTransport transport = new CapturingTransport();

	/** What each late answer told: "id:result", in order, with the notifications around them. */
	private final List<String> told = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
	}

	@Test
	void aLateAnswerReachesItsRequestOnceInItsPlaceAmongTheLines() throws Exception {
		RpcConnection connection = connect();
		timedOut(connection, (result) -> this.told.add("late:" + result.get("ok").asInt()));
		line("{\"method\":\"before\",\"params\":{}}");
		reply(1);
		line("{\"method\":\"after\",\"params\":{}}");
		// the same answer again: told once only
		reply(1);
		assertThat(this.told).containsExactly("note:before", "late:1", "note:after");
	}

	@Test
	void anAnswerInTimeIsNotToldAsLateAndALateOneNobodyAskedForIsDropped() throws Exception {
		RpcConnection connection = connect();
		CompletableFuture<JsonNode> inTime = connection.request("turn/start", Json.object(), Duration.ofSeconds(60),
				null, (result) -> this.told.add("late:" + result.get("ok").asInt()));
		reply(1);
		assertThat(inTime.get(5, TimeUnit.SECONDS).get("ok").asInt()).isEqualTo(1);
		CompletableFuture<JsonNode> plain = connection.request("thread/read", Json.object(), Duration.ofMillis(50));
		assertThatThrownBy(() -> plain.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
		reply(2);
		reply(1);
		assertThat(this.told).isEmpty();
	}

	@Test
	void aLateErrorIsDroppedAndEndsTheWait() throws Exception {
		RpcConnection connection = connect();
		timedOut(connection, (result) -> this.told.add("late:" + result));
		line("{\"id\":1,\"error\":{\"code\":-32600,\"message\":\"no\"}}");
		// a success with the same id after the error: no longer waited for
		reply(1);
		assertThat(this.told).isEmpty();
	}

	@Test
	void nothingIsToldAfterTheConnectionClosed() throws Exception {
		RpcConnection connection = connect();
		timedOut(connection, (result) -> this.told.add("late:" + result));
		connection.close(Duration.ZERO);
		reply(1);
		assertThat(this.told).isEmpty();
	}

	@Test
	void beyondTheLimitTheOldestTimedOutRequestIsForgotten() throws Exception {
		RpcConnection connection = connect();
		int count = LateAnswers.LIMIT + 1;
		CompletableFuture<?> last = null;
		for (int i = 1; i <= count; i++) {
			int id = i;
			last = connection.request("turn/start", Json.object(), Duration.ofMillis(50), null,
					(result) -> this.told.add("late:" + id));
		}
		CompletableFuture<?> lastRequest = last;
		assertThatThrownBy(() -> lastRequest.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
		for (int i = 1; i <= count; i++) {
			reply(i);
		}
		// one forgotten (which one depends on the order the alarm found them in)
		assertThat(this.told).hasSize(LateAnswers.LIMIT);
	}

	@Test
	void aLateAnswerWhoseHandlerThrowsLeavesTheConnectionReading() throws Exception {
		RpcConnection connection = connect();
		timedOut(connection, (result) -> {
					throw new IllegalStateException("handler bug");
				});
		reply(1);
		line("{\"method\":\"after\",\"params\":{}}");
		CompletableFuture<JsonNode> next = connection.request("thread/read", Json.object(), Duration.ofSeconds(60));
		reply(2);
		assertThat(next.get(5, TimeUnit.SECONDS).get("ok").asInt()).isEqualTo(2);
		assertThat(this.told).containsExactly("note:after");
	}

	/** Sends a turn/start that wants its late answer ({@code onLate}) and waits for its timeout. */
	private static void timedOut(RpcConnection connection, java.util.function.Consumer<JsonNode> onLate) {
		CompletableFuture<JsonNode> request = connection.request("turn/start", Json.object(), Duration.ofMillis(50),
				null, onLate);
		assertThatThrownBy(() -> request.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
	}

	private RpcConnection connect() {
		RpcConnection connection = new RpcConnection(this.transport, new NotificationHandler() {
			@Override
			public void onNotification(String method, JsonNode params) {
				LateAnswersTest.this.told.add("note:" + method);
			}
		}, (request) -> {
		}, this.scheduler, RpcObserver.NONE);
		connection.start();
		return connection;
	}

	private void reply(int id) {
		line("{\"id\":" + id + ",\"result\":{\"ok\":" + id + "}}");
	}

	private void line(String line) {
		this.transport.handler.onLine(line, false);
	}

}
