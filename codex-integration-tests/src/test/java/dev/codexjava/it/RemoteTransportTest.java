package dev.codexjava.it;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.CommandApprovalRequest;
import dev.codexjava.client.SupervisionPolicy;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;
import dev.codexjava.transport.RemoteAuth;
import dev.codexjava.transport.RemoteEndpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The SDK against a real app-server it does not own: {@code --listen ws://127.0.0.1:PORT} with each auth mode and
 * {@code --listen unix://PATH}. Same API as over stdio; bad credentials fail once and clearly; a server killed
 * mid-turn fails the turn at once, and once it is back the client reconnects and the thread continues.
 */
class RemoteTransportTest {

	private static final String ISSUER = "codex-it";

	private static final String AUDIENCE = "codex-app-server";

	@TempDir
	Path tmp;

	enum Mode {

		CAPABILITY_TOKEN, SIGNED_BEARER_TOKEN

	}

	private Path secretFile(String name, String content) throws Exception {
		Path file = this.tmp.resolve(name);
		Files.writeString(file, content);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	private static String random() {
		byte[] bytes = new byte[32];
		new java.security.SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The server's auth flags and the matching client credentials for {@code mode}. */
	private record Auth(String[] serverArgs, RemoteAuth client, Path file) {
	}

	private Auth auth(Mode mode) throws Exception {
		if (mode == Mode.CAPABILITY_TOKEN) {
			Path token = secretFile("token", random() + "\n");
			return new Auth(new String[] { "--ws-auth", "capability-token", "--ws-token-file", token.toString() },
					RemoteAuth.capabilityTokenFile(token), token);
		}
		Path secret = secretFile("secret", random() + random());
		return new Auth(new String[] { "--ws-auth", "signed-bearer-token", "--ws-shared-secret-file",
				secret.toString(), "--ws-issuer", ISSUER, "--ws-audience", AUDIENCE },
				RemoteAuth.signedBearerToken(secret, ISSUER, AUDIENCE), secret);
	}

	private static CodexConfig.Builder remote(RemoteEndpoint endpoint) {
		return CodexConfig.builder().endpoint(endpoint).clientName("codex_it").startupTimeout(Duration.ofSeconds(20));
	}

	@ParameterizedTest
	@EnumSource(Mode.class)
	void turnStreamingInterruptAndApprovalOverWebSocket(Mode mode) throws Exception {
		Auth auth = auth(mode);
		Path marker = this.tmp.resolve("approved.txt");
		List<CommandApprovalRequest> approvals = new CopyOnWriteArrayList<>();
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).approvalPolicy("on-request").build();
				RemoteAppServer server = RemoteAppServer.ws(home.path(), auth.serverArgs())) {
			RemoteEndpoint endpoint = RemoteEndpoint.builder(server.wsUri()).auth(auth.client()).build();
			try (Codex codex = Codex.start(remote(endpoint).approvalHandler(new ApprovalHandler() {
				@Override
				public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
					approvals.add(request);
					return ApprovalDecision.ACCEPT;
				}
			}).build())) {
				assertThat(codex.pid()).isEmpty();
				assertThat(codex.serverVersion()).isNotNull();
				CodexThread thread = codex.startThread(ThreadOptions.builder().cwd(this.tmp).build());

				// a full turn
				model.enqueue(MockResponse.text("hello over the wire"));
				assertThat(thread.run("hi").finalResponse()).isEqualTo("hello over the wire");

				// streaming
				model.enqueue(MockResponse.streamed("abc", List.of("a", "b", "c")));
				List<String> deltas = new ArrayList<>();
				TurnHandle streamed = thread.turn("stream please");
				streamed.stream().forEach((event) -> {
					if (event instanceof TurnEvent.AgentMessageDelta delta) {
						deltas.add(delta.delta());
					}
				});
				assertThat(deltas).containsExactly("a", "b", "c");
				assertThat(streamed.run().finalResponse()).isEqualTo("abc");

				// interrupt
				List<String> parts = new ArrayList<>();
				for (int i = 0; i < 200; i++) {
					parts.add("tok" + i + " ");
				}
				model.enqueue(MockResponse.streamed(String.join("", parts), parts)
					.withEventDelay(Duration.ofMillis(50)));
				TurnHandle slow = thread.turn("long answer");
				var iterator = slow.stream().iterator();
				while (iterator.hasNext() && !(iterator.next() instanceof TurnEvent.AgentMessageDelta)) {
					// until the stream is under way
				}
				slow.interrupt();
				assertThat(slow.run().status()).isEqualTo(TurnStatus.INTERRUPTED);

				// an approval round-trip
				model.enqueue(MockResponse.toolCall("call-1", "touch " + marker + " && echo created", true),
						MockResponse.text("done after tool"));
				TurnResult tool = thread.run("create the marker");
				assertThat(tool.finalResponse()).isEqualTo("done after tool");
				assertThat(approvals).singleElement()
					.satisfies((request) -> assertThat(request.command()).contains("touch"));
				assertThat(Files.exists(marker)).isTrue();
			}
			// closing the client disconnects; it never stops a server it does not own
			assertThat(server.isAlive()).isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(Mode.class)
	void wrongCredentialsFailOnceWithAuthenticationFailed(Mode mode) throws Exception {
		Auth auth = auth(mode);
		String wrong = random() + random();
		RemoteAuth wrongAuth = (mode == Mode.CAPABILITY_TOKEN)
				? RemoteAuth.capabilityTokenFile(secretFile("wrong-token", wrong))
				: RemoteAuth.signedBearerToken(secretFile("wrong-secret", wrong), ISSUER, AUDIENCE);
		List<String> reconnects = new CopyOnWriteArrayList<>();
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				RemoteAppServer server = RemoteAppServer.ws(home.path(), auth.serverArgs())) {
			RemoteEndpoint endpoint = RemoteEndpoint.builder(server.wsUri()).auth(wrongAuth).build();
			CodexStartupException ex = catchThrowableOfType(() -> Codex.start(remote(endpoint).listener(
					new CodexListener() {
						@Override
						public void onReconnectScheduled(String uri, int attempt, Duration delay, Throwable reason) {
							reconnects.add(uri);
						}
					}).build()), CodexStartupException.class);

			assertThat(ex.reason()).isEqualTo(CodexStartupException.Reason.AUTHENTICATION_FAILED);
			assertThat(ex.getMessage()).contains(server.wsUri()).contains("authentication failed");
			assertThat(ex.getMessage()).doesNotContain(wrong).doesNotContain(Files.readString(auth.file()).strip());
			assertThat(reconnects).isEmpty();
			assertThat(server.isAlive()).isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(Mode.class)
	void missingTokenFailsWithAuthenticationFailed(Mode mode) throws Exception {
		Auth auth = auth(mode);
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				RemoteAppServer server = RemoteAppServer.ws(home.path(), auth.serverArgs())) {
			assertThatThrownBy(() -> Codex.start(remote(RemoteEndpoint.of(server.wsUri())).build()))
				.isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
					.isEqualTo(CodexStartupException.Reason.AUTHENTICATION_FAILED))
				.hasMessageContaining("authentication failed");
		}
	}

	@Test
	void expiredSignedTokenFailsWithAuthenticationFailed() throws Exception {
		Auth auth = auth(Mode.SIGNED_BEARER_TOKEN);
		byte[] secret = Files.readString(auth.file()).strip().getBytes(StandardCharsets.UTF_8);
		long now = System.currentTimeMillis() / 1000;
		String expired = jwt(secret, "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"iat\":"
				+ (now - 3600) + ",\"exp\":" + (now - 1800) + "}");
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				RemoteAppServer server = RemoteAppServer.ws(home.path(), auth.serverArgs())) {
			RemoteEndpoint endpoint = RemoteEndpoint.builder(server.wsUri())
				.auth(RemoteAuth.capabilityToken(() -> expired))
				.build();
			assertThatThrownBy(() -> Codex.start(remote(endpoint).build()))
				.isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
					.isEqualTo(CodexStartupException.Reason.AUTHENTICATION_FAILED))
				.hasMessageContaining("authentication failed")
				.message()
				.doesNotContain(expired);
			// the same server accepts a fresh token minted from the same secret
			try (Codex codex = Codex.start(remote(RemoteEndpoint.builder(server.wsUri()).auth(auth.client()).build())
				.build())) {
				assertThat(codex.isRunning()).isTrue();
			}
		}
	}

	private static String jwt(byte[] secret, String claims) throws Exception {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		String input = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
				+ "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret, "HmacSHA256"));
		return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
	}

	@Test
	void unreachableServerFailsClearlyWithinTheStartupTimeout() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String uri = "ws://127.0.0.1:" + port;
		long start = System.nanoTime();
		assertThatThrownBy(() -> Codex.start(remote(RemoteEndpoint.of(uri)).startupTimeout(Duration.ofSeconds(3))
			.build())).isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
				.isEqualTo(CodexStartupException.Reason.CONNECTION_FAILED))
			.hasMessageContaining(uri);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
	}

	/**
	 * Per auth mode (a signed token is minted afresh for the reconnect). While the server is down, reconnect attempts
	 * ask {@code /readyz} first and skip the handshake ("not ready"), and {@link Codex#isServerReady()} says false.
	 */
	@ParameterizedTest
	@EnumSource(Mode.class)
	void serverKilledMidTurnFailsTheTurnFastThenTheClientReconnectsAndTheThreadResumes(Mode mode) throws Exception {
		Auth auth = auth(mode);
		List<String> reconnects = new CopyOnWriteArrayList<>();
		List<String> reasons = new CopyOnWriteArrayList<>();
		SupervisionPolicy patient = new SupervisionPolicy(true, 100, Duration.ofMinutes(1), Duration.ofMillis(100),
				1.5, Duration.ofMillis(500));
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				RemoteAppServer server = RemoteAppServer.ws(home.path(), auth.serverArgs())) {
			RemoteEndpoint endpoint = RemoteEndpoint.builder(server.wsUri()).auth(auth.client()).build();
			try (Codex codex = Codex.start(remote(endpoint).supervision(patient).listener(new CodexListener() {
				@Override
				public void onReconnectScheduled(String uri, int attempt, Duration delay, Throwable reason) {
					reconnects.add(uri + "#" + attempt);
					reasons.add(String.valueOf(reason.getMessage()));
				}
			}).build())) {
				model.enqueue(MockResponse.text("first answer"),
						MockResponse.streamed("never", List.of("a", "b")).withStall(),
						MockResponse.text("continued"));
				CodexThread thread = codex.startThread();
				thread.run("first question");
				TurnHandle turn = thread.turn("this one hangs");
				var iterator = turn.stream().iterator();
				while (iterator.hasNext() && !(iterator.next() instanceof TurnEvent.AgentMessageDelta)) {
					// until the stream is under way
				}

				server.kill();
				long killed = System.nanoTime();
				assertThatThrownBy(turn::run).isInstanceOf(TransportClosedException.class);
				assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofSeconds(5));
				Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !reconnects.isEmpty());
				assertThat(reconnects.get(0)).startsWith(server.wsUri());
				assertThat(codex.isServerReady()).isFalse();
				Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> reasons.stream()
					.anyMatch((r) -> r.contains("is not ready (no answer from GET /readyz); reconnect skipped")));

				server.start(); // the user's side brings it back; the SDK never does
				assertThat(codex.isServerReady()).isTrue();
				Awaitility.await().atMost(Duration.ofSeconds(30)).until(codex::isRunning);
				assertThat(thread.run("still there?").finalResponse()).isEqualTo("continued");
				assertThat(model.requests().get(2).allUserTexts()).contains("first question", "still there?");
			}
		}
	}

	@Test
	void twoClientsContinueTheSameThread() throws Exception {
		Auth auth = auth(Mode.CAPABILITY_TOKEN);
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				RemoteAppServer server = RemoteAppServer.ws(home.path(), auth.serverArgs())) {
			RemoteEndpoint endpoint = RemoteEndpoint.builder(server.wsUri()).auth(auth.client()).build();
			model.enqueue(MockResponse.text("noted"), MockResponse.text("you said pineapple"));
			try (Codex first = Codex.start(remote(endpoint).build());
					Codex second = Codex.start(remote(endpoint).build())) {
				CodexThread thread = first.startThread();
				thread.run("remember pineapple");

				CodexThread same = second.resumeThread(thread.id());
				assertThat(same.run("what did I say?").finalResponse()).isEqualTo("you said pineapple");
				assertThat(model.requests().get(1).allUserTexts()).contains("remember pineapple", "what did I say?");
			}
		}
	}

	@Test
	void fullTurnOverTheUnixControlSocket() throws Exception {
		Path socket = this.tmp.resolve("ctl.sock");
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				RemoteAppServer server = RemoteAppServer.unix(home.path(), socket)) {
			model.enqueue(MockResponse.streamed("over the socket", List.of("over ", "the ", "socket")));
			try (Codex codex = Codex.start(remote(RemoteEndpoint.of("unix://" + socket)).build())) {
				assertThat(codex.startThread().run("hi").finalResponse()).isEqualTo("over the socket");
			}
			assertThat(server.isAlive()).isTrue();
		}
	}

}
