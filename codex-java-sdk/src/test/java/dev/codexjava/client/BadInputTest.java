package dev.codexjava.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.error.TransportClosedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input through the public API: each case fails with a clear exception before anything is sent, and the client
 * stays usable afterwards.
 */
class BadInputTest {

	static Stream<Arguments> badThreadCalls() {
		return Stream.of(
				Arguments.of("null prompt", (Consumer<CodexThread>) (t) -> t.run((String) null),
						IllegalArgumentException.class, "prompt must not be null"),
				Arguments.of("blank prompt", (Consumer<CodexThread>) (t) -> t.run("   \n"),
						IllegalArgumentException.class, "prompt must not be blank"),
				Arguments.of("empty input list", (Consumer<CodexThread>) (t) -> t.run(List.of(), TurnOptions.none()),
						IllegalArgumentException.class, "input must not be empty"),
				Arguments.of("null options", (Consumer<CodexThread>) (t) -> t.run(List.of(Input.text("x")), null),
						NullPointerException.class, "options"),
				Arguments.of("blank steer", (Consumer<CodexThread>) (t) -> t.turn("x").steer(" "),
						IllegalArgumentException.class, "prompt must not be blank"),
				Arguments.of("blank goal", (Consumer<CodexThread>) (t) -> t.startGoal(""),
						IllegalArgumentException.class, "objective must not be blank"),
				Arguments.of("blank name", (Consumer<CodexThread>) (t) -> t.setName(" "),
						IllegalArgumentException.class, "name must not be blank"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badThreadCalls")
	void badThreadCallsFailClearlyAndLeaveTheClientUsable(String name, Consumer<CodexThread> call,
			Class<? extends Throwable> type, String message) {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			int before = fake.requests("turn/start").size();

			assertThatThrownBy(() -> call.accept(thread)).isInstanceOf(type).hasMessageContaining(message);

			// nothing malformed reached the server (a blank steer needs the turn it steers)
			assertThat(fake.requests("turn/start").size() - before).isLessThanOrEqualTo(1);
			assertThat(fake.requests("turn/steer")).isEmpty();
			assertThat(codex.startThread().id()).isEqualTo("t1");
		}
	}

	static Stream<Arguments> badInputs() {
		return Stream.of(
				Arguments.of("invalid schema JSON", (Runnable) () -> TurnOptions.builder().outputSchema("{oops"),
						"outputSchema is not valid JSON"),
				Arguments.of("schema not an object", (Runnable) () -> TurnOptions.builder().outputSchema("[1]"),
						"outputSchema must be a JSON object"),
				Arguments.of("missing image file", (Runnable) () -> Input.localImage(Path.of("/no/such/image.png")),
						"/no/such/image.png"),
				Arguments.of("blank image url", (Runnable) () -> Input.imageUrl(" "), "image url must not be blank"),
				Arguments.of("blank mention", (Runnable) () -> Input.mention("", "app://x"),
						"mention name must not be blank"),
				Arguments.of("bad raw config", (Runnable) () -> CodexConfig.builder().rawConfig("novalue"),
						"rawConfig expects 'key=value'"),
				Arguments.of("null config value", (Runnable) () -> CodexConfig.builder().config("model", null),
						"must not be null"),
				Arguments.of("zero timeout", (Runnable) () -> CodexConfig.builder().requestTimeout(java.time.Duration.ZERO),
						"requestTimeout must be a positive duration"),
				Arguments.of("bad env name", (Runnable) () -> CodexConfig.builder().env("A=B", "x"),
						"invalid environment variable name"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void badValuesAreRejectedWhereTheyAreGiven(String name, Runnable call, String message) {
		assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
	}

	@Test
	void anUnknownThreadIdIsTheServersInvalidRequestAndTheClientGoesOn() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.once("thread/resume", (p) -> FakeTransport.Reply.error(-32600, "thread not found: nope"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThatThrownBy(() -> codex.resumeThread("nope")).isInstanceOf(InvalidRequestException.class)
				.hasMessageContaining("thread not found: nope");
			assertThatThrownBy(() -> codex.resumeThread(" ")).isInstanceOf(IllegalArgumentException.class);
			assertThat(codex.startThread().id()).isEqualTo("t1");
		}
	}

	@Test
	void callsAfterCloseFailWithTransportClosed() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		Codex codex = Codex.start(FakeServer.config().build(), fake);
		CodexThread thread = codex.startThread();
		codex.close();

		assertThatThrownBy(codex::startThread).isInstanceOf(TransportClosedException.class);
		assertThatThrownBy(() -> thread.run("hi")).isInstanceOf(TransportClosedException.class);
		assertThatThrownBy(codex::models).isInstanceOf(TransportClosedException.class);
		assertThat(codex.async().startThread()).isCompletedExceptionally();
	}

	@Test
	void concurrentCloseIsSafeAndEveryCallerSeesTheSameEnd() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("model/list", (p) -> FakeTransport.Reply.none()); // never answered: pending until close
		Codex codex = Codex.start(FakeServer.config().build(), fake);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				pending.add(pool.submit(() -> codex.models()));
			}
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> closers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				closers.add(pool.submit(() -> {
					go.await();
					codex.close();
					return null;
				}));
			}
			org.awaitility.Awaitility.await().until(() -> fake.requests("model/list").size() == 4);
			go.countDown();
			for (Future<?> closer : closers) {
				closer.get(10, TimeUnit.SECONDS);
			}
			for (Future<?> call : pending) {
				assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TransportClosedException.class);
			}
			assertThat(codex.isRunning()).isFalse();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
