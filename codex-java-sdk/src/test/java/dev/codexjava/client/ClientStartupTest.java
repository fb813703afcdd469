package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SuppressWarnings("try") // some tests only need a running client, not a reference to it
@Timeout(30)
class ClientStartupTest {

	@Test
	void handshakeSendsClientInfoThenInitializedAndReadsServerInfo() {
		FakeTransport fake = new FakeTransport();
		List<String> started = new CopyOnWriteArrayList<>();
		CodexConfig config = FakeServer.config()
			.clientName("my_app")
			.clientVersion("9.9.9")
			.experimentalApi(true)
			.optOutNotificationMethods("item/agentMessage/delta")
			.listener(new CodexListener() {
				@Override
				public void onProcessStarted(long pid, String serverVersion) {
					started.add(pid + "/" + serverVersion);
				}
			})
			.build();
		try (Codex codex = Codex.start(config, fake)) {
			JsonNode init = fake.requestParams("initialize", 0);
			assertThat(init.get("clientInfo").get("name").asString()).isEqualTo("my_app");
			assertThat(init.get("clientInfo").get("version").asString()).isEqualTo("9.9.9");
			assertThat(init.get("capabilities").get("experimentalApi").asBoolean()).isTrue();
			assertThat(init.get("capabilities").get("optOutNotificationMethods").get(0).asString())
				.isEqualTo("item/agentMessage/delta");

			List<JsonNode> sent = fake.sent();
			assertThat(Json.text(sent.get(0), "method")).isEqualTo("initialize");
			assertThat(Json.text(sent.get(1), "method")).isEqualTo("initialized");
			assertThat(sent.get(1).has("id")).as("initialized is a notification").isFalse();

			assertThat(codex.serverVersion()).isEqualTo("0.169.0");
			assertThat(codex.serverInfo().codexHome()).isEqualTo("/tmp/x");
			assertThat(codex.serverInfo().platformOs()).isEqualTo("linux");
			assertThat(codex.isRunning()).isTrue();
			assertThat(codex.pid()).hasValue(4242);
			assertThat(started).containsExactly("4242/0.169.0");
		}
	}

	@Test
	void tooOldServerIsRefusedAndTheTransportClosed() {
		FakeTransport fake = new FakeTransport("fake/0.100.0");
		assertThatThrownBy(() -> Codex.start(FakeServer.config().build(), fake).close())
			.isInstanceOfSatisfying(CodexStartupException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reason.VERSION_TOO_OLD))
			.hasMessageContaining("0.100.0")
			.hasMessageContaining(Codex.MINIMUM_SERVER_VERSION);
		assertThat(fake.isClosed()).isTrue();
		assertThat(fake.closeCalls()).isEqualTo(1);
		assertThat(fake.clientNotifications("initialized")).as("the handshake was not completed").isEmpty();
	}

	@Test
	void newerAndPreReleaseVersionsOfTheMinimumAreAccepted() {
		for (String agent : new String[] { "fake/0.170.2 (test)", "fake/1.0.0", "fake/0.169.0-alpha.3 (x)" }) {
			FakeTransport fake = new FakeTransport(agent);
			try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
				assertThat(codex.isRunning()).as(agent).isTrue();
			}
		}
	}

	@Test
	void unreadableVersionIsAcceptedWithAWarning() {
		FakeTransport fake = new FakeTransport("no version here");
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThat(codex.serverVersion()).isNull();
			assertThat(codex.isRunning()).isTrue();
		}
	}

	@Test
	void silentServerTimesOutTheHandshake() {
		FakeTransport fake = new FakeTransport();
		fake.on("initialize", (p) -> FakeTransport.Reply.none());
		long start = System.nanoTime();
		assertThatThrownBy(
				() -> Codex.start(FakeServer.config().startupTimeout(Duration.ofMillis(200)).build(), fake).close())
			.isInstanceOfSatisfying(CodexStartupException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reason.HANDSHAKE_TIMEOUT))
			.hasMessageContaining("200 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(fake.isClosed()).isTrue();
	}

	@Test
	void handshakeErrorIsReported() {
		FakeTransport fake = new FakeTransport();
		fake.on("initialize", (p) -> FakeTransport.Reply.error(-32600, "Already initialized"));
		assertThatThrownBy(() -> Codex.start(FakeServer.config().build(), fake).close())
			.isInstanceOfSatisfying(CodexStartupException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reason.HANDSHAKE_FAILED))
			.hasMessageContaining("Already initialized");
		assertThat(fake.isClosed()).isTrue();
	}

	@Test
	void handshakeWithoutUserAgentIsRefused() {
		FakeTransport fake = new FakeTransport();
		fake.on("initialize", (p) -> FakeTransport.Reply.result("{\"codexHome\":\"/x\"}"));
		assertThatThrownBy(() -> Codex.start(FakeServer.config().build(), fake).close())
			.isInstanceOfSatisfying(CodexStartupException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reason.HANDSHAKE_FAILED))
			.hasMessageContaining("userAgent");
	}

	@Test
	void processDyingDuringTheHandshakeReportsExitCodeAndStderr() {
		FakeTransport fake = new FakeTransport();
		fake.on("initialize", (p) -> {
			fake.simulateExit(2, List.of("error: invalid value for --config"));
			return FakeTransport.Reply.none();
		});
		assertThatThrownBy(() -> Codex.start(FakeServer.config().build(), fake).close())
			.isInstanceOfSatisfying(CodexStartupException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reason.PROCESS_FAILED))
			.hasMessageContaining("exit code 2")
			.hasMessageContaining("error: invalid value for --config");
	}

	@Test
	void apiKeyIsSentThroughTheProtocolAfterTheHandshake() {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = Codex.start(FakeServer.config().apiKey("sk-test-123").build(), fake)) {
			JsonNode login = fake.requestParams("account/login/start", 0);
			assertThat(login.get("type").asString()).isEqualTo("apiKey");
			assertThat(login.get("apiKey").asString()).isEqualTo("sk-test-123");
			List<String> methods = fake.sent().stream().map((m) -> Json.text(m, "method")).toList();
			assertThat(methods).containsSubsequence("initialize", "initialized", "account/login/start");
		}
	}

	@Test
	void closingStopsEveryThreadTheClientStarted() {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			// make the client use its worker pool and timers
			fake.serverRequest(1, "item/commandExecution/requestApproval", "{\"threadId\":\"t1\"}");
			fake.awaitReplyTo(1);
			thread.turn("x");
			fake.push(Wire.turnCompleted("t1", "u1"));
		}
		Awaitility.await("threads of the closed client to end").atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			Set<String> leaked = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter(Thread::isAlive)
				.filter((t) -> !before.contains(t))
				.map(Thread::getName)
				.filter((n) -> n.startsWith("codex-") || n.startsWith("fake-reader"))
				.collect(Collectors.toSet());
			assertThat(leaked).isEmpty();
		});
	}


	@Test
	void callsMadeWhileStartingAsyncWaitForTheHandshakeInsteadOfFailing() throws Exception {
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.once("initialize", (params) -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return FakeTransport.Reply.result("{\"userAgent\":\"fake/0.169.0\",\"codexHome\":\"/tmp/x\"}");
		});
		try (Codex codex = Codex.create(FakeServer.config().build(), fake)) {
			java.util.concurrent.CompletableFuture<Void> started = codex.startAsync();
			Thread caller = Thread.currentThread();
			Thread releaser = new Thread(() -> {
				// lets the handshake finish only once the caller below is blocked waiting for it
				Awaitility.await()
					.atMost(Duration.ofSeconds(5))
					.until(() -> caller.getState() == Thread.State.TIMED_WAITING
							|| caller.getState() == Thread.State.WAITING);
				release.countDown();
			});
			releaser.start();
			try {
				CodexThread thread = codex.startThread();
				assertThat(thread.id()).isEqualTo("t1");
			}
			finally {
				release.countDown();
				releaser.join(5000);
			}
			assertThat(started).succeedsWithin(Duration.ofSeconds(5));
			assertThat(codex.isRunning()).isTrue();
		}
	}

	@Test
	void callsAfterAFailedAsyncStartFailWithTheStartupError() {
		FakeTransport fake = new FakeTransport("fake/0.100.0");
		try (Codex codex = Codex.create(FakeServer.config().build(), fake)) {
			java.util.concurrent.CompletableFuture<Void> started = codex.startAsync();
			assertThat(started).failsWithin(Duration.ofSeconds(5))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.havingCause()
				.isInstanceOf(CodexStartupException.class);
			assertThatThrownBy(codex::startThread)
				.isInstanceOfSatisfying(CodexStartupException.class,
						(ex) -> assertThat(ex.reason()).isEqualTo(Reason.VERSION_TOO_OLD))
				.hasMessageContaining("0.100.0");
		}
	}

	@Test
	void closeAbortsAnAsyncStartWaitingForTheHandshake() {
		FakeTransport fake = new FakeTransport();
		java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
		fake.once("initialize", (params) -> {
			asked.countDown();
			return FakeTransport.Reply.none(); // never answers
		});
		Codex codex = Codex.create(FakeServer.config().startupTimeout(Duration.ofSeconds(60)).build(), fake);
		java.util.concurrent.CompletableFuture<Void> started = codex.startAsync();
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> asked.getCount() == 0);
		long before = System.nanoTime();
		codex.close();
		assertThat(Duration.ofNanos(System.nanoTime() - before)).as("close does not wait out the start-up timeout")
			.isLessThan(Duration.ofSeconds(30));
		assertThat(started).isCancelled();
		assertThat(fake.isClosed()).isTrue();
		assertThat(codex.isRunning()).isFalse();
		assertThatThrownBy(codex::startThread).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not started");
	}

}
