package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.InvalidParamsException;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("try") // some tests only need a running client, not a reference to it
@Timeout(30)
class ServerRequestTest {

	private static final String COMMAND_PARAMS = "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"c1\","
			+ "\"command\":\"rm -rf build\",\"cwd\":\"/work\",\"reason\":\"clean up\",\"startedAtMs\":1}";

	private static Codex start(FakeTransport fake, ApprovalHandler handler, CodexListener... listeners) {
		CodexConfig.Builder config = FakeServer.config();
		if (handler != null) {
			config.approvalHandler(handler);
		}
		for (CodexListener listener : listeners) {
			config.listener(listener);
		}
		return Codex.start(config.build(), fake);
	}

	@Test
	void commandApprovalIsDeclinedWhenNoHandlerIsConfigured() {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = start(fake, null)) {
			fake.serverRequest(0, "item/commandExecution/requestApproval", COMMAND_PARAMS);
			JsonNode reply = fake.awaitReplyTo(0);
			assertThat(reply).isEqualTo(Json.parse("{\"id\":0,\"result\":{\"decision\":\"decline\"}}"));
		}
	}

	@Test
	void fileChangeApprovalIsDeclinedByDefault() {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = start(fake, null)) {
			fake.serverRequest(5, "item/fileChange/requestApproval", "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"f\"}");
			assertThat(fake.awaitReplyTo(5).get("result").get("decision").asString()).isEqualTo("decline");
		}
	}

	@Test
	void handlerDecisionIsSentAndSeesTheRequestDetails() {
		FakeTransport fake = new FakeTransport();
		AtomicReference<CommandApprovalRequest> seen = new AtomicReference<>();
		List<String> decisions = new CopyOnWriteArrayList<>();
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				seen.set(request);
				return ApprovalDecision.ACCEPT;
			}
		};
		CodexListener listener = new CodexListener() {
			@Override
			public void onApprovalDecided(String method, String threadId, String decision) {
				decisions.add(method + "/" + threadId + "/" + decision);
			}
		};
		try (Codex codex = start(fake, handler, listener)) {
			fake.serverRequest("req-7", "item/commandExecution/requestApproval", COMMAND_PARAMS);
			JsonNode reply = fake.awaitReplyTo("req-7");
			assertThat(reply).isEqualTo(Json.parse("{\"id\":\"req-7\",\"result\":{\"decision\":\"accept\"}}"));
			CommandApprovalRequest request = seen.get();
			assertThat(request.threadId()).isEqualTo("t1");
			assertThat(request.turnId()).isEqualTo("u1");
			assertThat(request.itemId()).isEqualTo("c1");
			assertThat(request.command()).isEqualTo("rm -rf build");
			assertThat(request.cwd()).isEqualTo("/work");
			assertThat(request.reason()).isEqualTo("clean up");
			// the listener hears of the decision after the answer was sent
			Awaitility.await()
				.atMost(Duration.ofSeconds(5))
				.untilAsserted(
						() -> assertThat(decisions).containsExactly("item/commandExecution/requestApproval/t1/accept"));
		}
	}

	@Test
	void nullDecisionMeansDecline() {
		FakeTransport fake = new FakeTransport();
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
				return null;
			}
		};
		try (Codex codex = start(fake, handler)) {
			fake.serverRequest(1, "item/fileChange/requestApproval", "{\"threadId\":\"t1\"}");
			assertThat(fake.awaitReplyTo(1).get("result").get("decision").asString()).isEqualTo("decline");
		}
	}

	@Test
	void perThreadHandlerOverridesTheClientHandlerForItsThread() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> FakeTransport.Reply.result(Wire.threadResult("t1")));
		try (Codex codex = start(fake, null)) {
			codex.startThread(ThreadOptions.builder().approvalHandler(ApprovalHandler.acceptCommandsAndFileChanges()).build());
			fake.serverRequest(1, "item/commandExecution/requestApproval", COMMAND_PARAMS);
			fake.serverRequest(2, "item/commandExecution/requestApproval", "{\"threadId\":\"other\"}");
			assertThat(fake.awaitReplyTo(1).get("result").get("decision").asString()).isEqualTo("accept");
			assertThat(fake.awaitReplyTo(2).get("result").get("decision").asString()).isEqualTo("decline");
		}
	}

	@Test
	void handlerRunsOffTheReaderThread() {
		FakeTransport fake = new FakeTransport();
		AtomicReference<Thread> handlerThread = new AtomicReference<>();
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				handlerThread.set(Thread.currentThread());
				return ApprovalDecision.ACCEPT;
			}
		};
		try (Codex codex = start(fake, handler)) {
			fake.serverRequest(0, "item/commandExecution/requestApproval", COMMAND_PARAMS);
			fake.awaitReplyTo(0);
			assertThat(handlerThread.get()).isNotNull().isNotSameAs(fake.readerThread());
		}
	}

	@Test
	void blockedHandlerDoesNotStopOtherMessages() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				entered.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return ApprovalDecision.ACCEPT_FOR_SESSION;
			}
		};
		try (Codex codex = start(fake, handler)) {
			CodexThread thread = codex.startThread();
			TurnHandle handle = thread.turn("x");
			fake.serverRequest(0, "item/commandExecution/requestApproval", COMMAND_PARAMS);
			assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

			// while the handler blocks: notifications, responses and a second server request still get through
			fake.push(Wire.agentMessage("t1", "u1", "m1", "final_answer", "done while waiting"),
					Wire.turnCompleted("t1", "u1"));
			assertThat(handle.result().get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("done while waiting");
			fake.on("model/list", (p) -> FakeTransport.Reply.result("{\"data\":[{\"id\":\"m\",\"model\":\"m\"}]}"));
			assertThat(codex.models()).hasSize(1);
			fake.serverRequest(1, "item/fileChange/requestApproval", "{\"threadId\":\"t1\"}");
			assertThat(fake.awaitReplyTo(1).get("result").get("decision").asString()).isEqualTo("decline");
			assertThat(fake.replyTo(0)).as("the blocked request is still unanswered").isEmpty();

			release.countDown();
			assertThat(fake.awaitReplyTo(0).get("result").get("decision").asString()).isEqualTo("acceptForSession");
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void unknownServerRequestGetsAMethodNotFoundError() {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = start(fake, null)) {
			fake.serverRequest(9, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"x\"}");
			JsonNode reply = fake.awaitReplyTo(9);
			assertThat(reply.has("result")).isFalse();
			assertThat(reply.get("error").get("code").asInt()).isEqualTo(-32601);
			assertThat(reply.get("error").get("message").asString()).contains("item/tool/call");
		}
	}

	@Test
	void otherRequestHandlerCanAnswer() {
		FakeTransport fake = new FakeTransport();
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public JsonNode onOtherRequest(ServerRequest request) {
				ObjectNode result = Json.object();
				result.put("currentTimeAt", 1234);
				result.put("thread", request.threadId());
				return result;
			}
		};
		try (Codex codex = start(fake, handler)) {
			fake.serverRequest(3, "future/request", "{\"threadId\":\"t1\"}");
			assertThat(fake.awaitReplyTo(3).get("result"))
				.isEqualTo(Json.parse("{\"currentTimeAt\":1234,\"thread\":\"t1\"}"));
			// a typed request answered by the raw handler: its protocol fields go through
			fake.serverRequest(4, "currentTime/read", "{\"threadId\":\"t1\"}");
			assertThat(fake.awaitReplyTo(4).get("result")).isEqualTo(Json.parse("{\"currentTimeAt\":1234}"));
		}
	}

	@Test
	void permissionsAreNotGrantedByDefault() {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = start(fake, null)) {
			fake.serverRequest(2, "item/permissions/requestApproval",
					"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"permissions\":{\"network\":{\"enabled\":true}}}");
			assertThat(fake.awaitReplyTo(2).get("result")).isEqualTo(Json.parse("{\"permissions\":{}}"));
		}
	}

	@Test
	void elicitationIsDeclinedByDefault() {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = start(fake, null)) {
			fake.serverRequest(4, "mcpServer/elicitation/request",
					"{\"threadId\":\"t1\",\"serverName\":\"docs\",\"mode\":\"form\",\"message\":\"Your name?\"}");
			assertThat(fake.awaitReplyTo(4).get("result").get("action").asString()).isEqualTo("decline");
		}
	}

	@Test
	void userInputAnswersAreSentInTheWireShape() {
		FakeTransport fake = new FakeTransport();
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public Map<String, List<String>> onUserInput(ServerRequest request) {
				return Map.of("q1", List.of("yes"));
			}
		};
		try (Codex codex = start(fake, null)) {
			fake.serverRequest(6, "item/tool/requestUserInput", "{\"threadId\":\"t1\",\"questions\":[]}");
			assertThat(fake.awaitReplyTo(6).get("result")).isEqualTo(Json.parse("{\"answers\":{}}"));
		}
		FakeTransport fake2 = new FakeTransport();
		try (Codex codex = start(fake2, handler)) {
			fake2.serverRequest(6, "item/tool/requestUserInput", "{\"threadId\":\"t1\",\"questions\":[]}");
			assertThat(fake2.awaitReplyTo(6).get("result"))
				.isEqualTo(Json.parse("{\"answers\":{\"q1\":{\"answers\":[\"yes\"]}}}"));
		}
	}

	@Test
	void legacyApprovalRequestsAreDenied() {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = start(fake, ApprovalHandler.acceptCommandsAndFileChanges())) {
			fake.serverRequest(8, "execCommandApproval", "{\"conversationId\":\"c\"}");
			assertThat(fake.awaitReplyTo(8).get("result").get("decision").asString()).isEqualTo("denied");
		}
	}

	@Test
	void throwingHandlerAnswersWithAnInternalErrorAndTheClientKeepsWorking() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> FakeTransport.Reply.result(Wire.threadResult("t1")));
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				throw new IllegalStateException("handler bug");
			}
		};
		try (Codex codex = start(fake, handler)) {
			fake.serverRequest(0, "item/commandExecution/requestApproval", COMMAND_PARAMS);
			JsonNode reply = fake.awaitReplyTo(0);
			assertThat(reply.get("error").get("code").asInt()).isEqualTo(-32603);
			assertThat(reply.get("error").get("message").asString()).doesNotContain("handler bug");

			assertThat(codex.startThread().id()).isEqualTo("t1");
			fake.serverRequest(1, "item/commandExecution/requestApproval", COMMAND_PARAMS);
			assertThat(fake.awaitReplyTo(1).has("error")).isTrue();
		}
	}

	@Test
	void handlerThrowingAnRpcExceptionAnswersWithItsCode() {
		FakeTransport fake = new FakeTransport();
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public JsonNode onOtherRequest(ServerRequest request) {
				throw new InvalidParamsException(request.method(), -32602, "bad tool arguments", null);
			}
		};
		try (Codex codex = start(fake, handler)) {
			fake.serverRequest(1, "item/tool/call", "{}");
			JsonNode error = fake.awaitReplyTo(1).get("error");
			assertThat(error.get("code").asInt()).isEqualTo(-32602);
			assertThat(error.get("message").asString()).isEqualTo("bad tool arguments");
		}
	}

	@Test
	void serverRequestWithoutParamsIsStillAnswered() {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = start(fake, null)) {
			fake.push("{\"id\":11,\"method\":\"item/commandExecution/requestApproval\"}");
			assertThat(fake.awaitReplyTo(11).get("result").get("decision").asString()).isEqualTo("decline");
		}
	}

}
