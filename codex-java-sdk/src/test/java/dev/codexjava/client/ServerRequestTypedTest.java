package dev.codexjava.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.AttestationGenerateParams;
import dev.codexjava.protocol.generated.AttestationGenerateResponse;
import dev.codexjava.protocol.generated.ChatgptAuthTokensRefreshParams;
import dev.codexjava.protocol.generated.ChatgptAuthTokensRefreshResponse;
import dev.codexjava.protocol.generated.DynamicToolCallParams;
import dev.codexjava.protocol.generated.DynamicToolCallResponse;
import dev.codexjava.protocol.generated.ExecCommandApprovalParams;
import dev.codexjava.protocol.generated.ExecCommandApprovalResponse;
import dev.codexjava.protocol.generated.GrantedPermissionProfile;
import dev.codexjava.protocol.generated.McpServerElicitationAction;
import dev.codexjava.protocol.generated.McpServerElicitationRequestParams;
import dev.codexjava.protocol.generated.McpServerElicitationRequestResponse;
import dev.codexjava.protocol.generated.NetworkPolicyAmendment;
import dev.codexjava.protocol.generated.NetworkPolicyRuleAction;
import dev.codexjava.protocol.generated.PermissionsRequestApprovalParams;
import dev.codexjava.protocol.generated.PermissionsRequestApprovalResponse;
import dev.codexjava.protocol.generated.ReviewDecision;
import dev.codexjava.protocol.generated.ServerRequests;
import dev.codexjava.protocol.generated.ToolRequestUserInputAnswer;
import dev.codexjava.protocol.generated.ToolRequestUserInputParams;
import dev.codexjava.protocol.generated.ToolRequestUserInputResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Command decisions with amendments and the offered decisions, and the typed handler method of every server request
 * (with the raw methods still answering when a handler overrides only those).
 */
@SuppressWarnings("try") // the tests only need a running client
@Timeout(30)
class ServerRequestTypedTest {

	private static final String PROPOSING = "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"c1\","
			+ "\"command\":\"touch a\",\"proposedExecpolicyAmendment\":[\"touch\"],"
			+ "\"proposedNetworkPolicyAmendments\":[{\"action\":\"allow\",\"host\":\"example.org\"}],\"startedAtMs\":1}";

	private static Codex start(FakeTransport fake, ApprovalHandler handler, List<String> decisions) {
		CodexConfig.Builder config = FakeServer.config().approvalHandler(handler);
		config.listener(new CodexListener() {
			@Override
			public void onApprovalDecided(String method, String threadId, String decision) {
				decisions.add(decision);
			}
		});
		return Codex.start(config.build(), fake);
	}

	private static JsonNode answer(ApprovalHandler handler, String method, String params, List<String> decisions) {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = start(fake, handler, decisions)) {
			fake.serverRequest(1, method, params);
			return fake.awaitReplyTo(1);
		}
	}

	private static ApprovalHandler deciding(CommandDecision decision, AtomicReference<CommandApprovalRequest> seen) {
		return new ApprovalHandler() {
			@Override
			public CommandDecision decideCommandExecution(CommandApprovalRequest request) {
				seen.set(request);
				return decision;
			}
		};
	}

	@Test
	void theProposedExecpolicyAmendmentIsAcceptedInTheWireShape() {
		AtomicReference<CommandApprovalRequest> seen = new AtomicReference<>();
		List<String> decisions = new CopyOnWriteArrayList<>();
		JsonNode reply = answer(deciding(CommandDecision.acceptWithExecpolicyAmendment(List.of("touch")), seen),
				"item/commandExecution/requestApproval", PROPOSING, decisions);

		assertThat(reply.get("result")).isEqualTo(Json.parse(
				"{\"decision\":{\"acceptWithExecpolicyAmendment\":{\"execpolicy_amendment\":[\"touch\"]}}}"));
		assertThat(decisions).containsExactly("acceptWithExecpolicyAmendment");
		CommandApprovalRequest request = seen.get();
		assertThat(request.proposedExecpolicyAmendment()).containsExactly("touch");
		NetworkPolicyAmendment allow = new NetworkPolicyAmendment(NetworkPolicyRuleAction.ALLOW, "example.org");
		assertThat(request.proposedNetworkPolicyAmendments()).containsExactly(allow);
		assertThat(request.availableDecisions()).containsExactly(CommandDecision.ACCEPT,
				CommandDecision.ACCEPT_FOR_SESSION, CommandDecision.acceptWithExecpolicyAmendment(List.of("touch")),
				CommandDecision.applyNetworkPolicyAmendment(allow), CommandDecision.DECLINE, CommandDecision.CANCEL);
		assertThat(request.params().command()).isEqualTo("touch a");
	}

	@Test
	void aNetworkPolicyAmendmentIsSentInTheWireShape() {
		NetworkPolicyAmendment deny = new NetworkPolicyAmendment(NetworkPolicyRuleAction.DENY, "example.org");
		JsonNode reply = answer(deciding(CommandDecision.applyNetworkPolicyAmendment(deny), new AtomicReference<>()),
				"item/commandExecution/requestApproval", PROPOSING, new CopyOnWriteArrayList<>());

		assertThat(reply.get("result")).isEqualTo(Json.parse("{\"decision\":{\"applyNetworkPolicyAmendment\":"
				+ "{\"network_policy_amendment\":{\"action\":\"deny\",\"host\":\"example.org\"}}}}"));
	}

	@Test
	void aDecisionTheServerListedIsSentAndOneItDidNotListIsDeclined() {
		String listed = "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"c1\",\"availableDecisions\":[\"accept\","
				+ "{\"acceptWithExecpolicyAmendment\":{\"execpolicy_amendment\":[\"git\",\"status\"]}},\"cancel\"]}";
		AtomicReference<CommandApprovalRequest> seen = new AtomicReference<>();
		List<String> decisions = new CopyOnWriteArrayList<>();

		JsonNode refused = answer(deciding(CommandDecision.ACCEPT_FOR_SESSION, seen),
				"item/commandExecution/requestApproval", listed, decisions);
		JsonNode accepted = answer(deciding(CommandDecision.ACCEPT, seen), "item/commandExecution/requestApproval",
				listed, decisions);

		assertThat(refused.get("result")).isEqualTo(Json.parse("{\"decision\":\"decline\"}"));
		assertThat(accepted.get("result")).isEqualTo(Json.parse("{\"decision\":\"accept\"}"));
		assertThat(decisions).containsExactly("decline", "accept");
		assertThat(seen.get().availableDecisions()).containsExactly(CommandDecision.ACCEPT,
				CommandDecision.acceptWithExecpolicyAmendment(List.of("git", "status")), CommandDecision.CANCEL);
		assertThat(seen.get().offers(CommandDecision.ACCEPT_FOR_SESSION)).isFalse();
		assertThat(seen.get().offers(CommandDecision.DECLINE)).as("decline is always taken").isTrue();
	}

	@Test
	void aDecisionNotOfferedIsLoggedAsAWarningNamingTheDecisionAndTheMethodButNotTheCommand() {
		String listed = "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"c1\",\"command\":\"curl -H 'Authorization: "
				+ "Bearer sk-secret-123' https://example.org\",\"availableDecisions\":[\"accept\",\"cancel\"]}";
		List<String> decisions = new CopyOnWriteArrayList<>();
		CommandDecision amendment = CommandDecision.acceptWithExecpolicyAmendment(List.of("curl", "sk-secret-123"));

		String log = StderrCapture.during(() -> answer(deciding(amendment, new AtomicReference<>()),
				"item/commandExecution/requestApproval", listed, decisions));
		String quiet = StderrCapture.during(() -> answer(deciding(CommandDecision.ACCEPT, new AtomicReference<>()),
				"item/commandExecution/requestApproval", listed, decisions));

		assertThat(decisions).containsExactly("decline", "accept");
		assertThat(log.lines().filter((line) -> line.contains("WARN"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("'acceptWithExecpolicyAmendment'")
				.contains("item/commandExecution/requestApproval")
				.contains("thread t1")
				.contains("answering 'decline'")
				.doesNotContain("sk-secret-123")
				.doesNotContain("curl"));
		assertThat(quiet).as("an offered decision logs nothing").doesNotContain("WARN");
	}

	@Test
	void paramsThatDoNotMapOntoTheTypedRecordAreAnsweredWithAnErrorAndLoggedWithoutTheirValues() {
		List<String> decisions = new CopyOnWriteArrayList<>();
		ApprovalHandler handler = new ApprovalHandler() {
		};
		String params = "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"i\",\"questions\":[],"
				+ "\"isBlocking\":\"sk-secret-123\"}";

		String log = StderrCapture.during(() -> {
			JsonNode reply = answer(handler, "item/tool/requestUserInput", params, decisions);
			assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32603);
		});

		assertThat(log).contains("item/tool/requestUserInput").contains("isBlocking").doesNotContain("sk-secret-123");
	}

	@Test
	void withoutTheListAnAmendmentTheServerDidNotProposeAndSessionAcceptOfAHumanCheckpointAreDeclined() {
		String plain = "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"c1\",\"command\":\"ls\"}";
		String human = "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"c1\",\"kind\":\"humanCommand\"}";
		List<String> decisions = new CopyOnWriteArrayList<>();

		answer(deciding(CommandDecision.acceptWithExecpolicyAmendment(List.of("ls")), new AtomicReference<>()),
				"item/commandExecution/requestApproval", plain, decisions);
		answer(deciding(CommandDecision.ACCEPT_FOR_SESSION, new AtomicReference<>()),
				"item/commandExecution/requestApproval", plain, decisions);
		answer(deciding(CommandDecision.ACCEPT_FOR_SESSION, new AtomicReference<>()),
				"item/commandExecution/requestApproval", human, decisions);

		assertThat(decisions).containsExactly("decline", "acceptForSession", "decline");
	}

	@Test
	void theOlderCommandMethodStillDecides() {
		List<String> decisions = new CopyOnWriteArrayList<>();
		JsonNode reply = answer(ApprovalHandler.acceptCommandsAndFileChanges(), "item/commandExecution/requestApproval",
				PROPOSING, decisions);
		assertThat(reply.get("result")).isEqualTo(Json.parse("{\"decision\":\"accept\"}"));
	}

	@Test
	void typedPermissionsElicitationAndUserInputAnswersAreSent() {
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public PermissionsRequestApprovalResponse onPermissionsRequest(PermissionsRequestApprovalParams request) {
				return new PermissionsRequestApprovalResponse(new GrantedPermissionProfile(null,
						request.permissions().network()), null, null);
			}

			@Override
			public McpServerElicitationRequestResponse onElicitationRequest(McpServerElicitationRequestParams request) {
				String server = (request instanceof McpServerElicitationRequestParams.Form form) ? form.serverName()
						: "?";
				return new McpServerElicitationRequestResponse(null, McpServerElicitationAction.ACCEPT,
						Json.parse("{\"server\":\"" + server + "\"}"));
			}

			@Override
			public ToolRequestUserInputResponse onUserInputRequest(ToolRequestUserInputParams request) {
				return new ToolRequestUserInputResponse(Map.of(request.questions().get(0).id(),
						new ToolRequestUserInputAnswer(List.of("blue"))));
			}
		};
		List<String> decisions = new CopyOnWriteArrayList<>();

		JsonNode permissions = answer(handler, "item/permissions/requestApproval",
				"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"i\",\"permissions\":{\"network\":{\"enabled\":true}}}",
				decisions);
		JsonNode elicitation = answer(handler, "mcpServer/elicitation/request",
				"{\"threadId\":\"t1\",\"serverName\":\"docs\",\"mode\":\"form\",\"message\":\"?\"}", decisions);
		JsonNode input = answer(handler, "item/tool/requestUserInput", "{\"threadId\":\"t1\",\"turnId\":\"u1\","
				+ "\"itemId\":\"i\",\"questions\":[{\"id\":\"colour\",\"header\":\"h\",\"question\":\"Colour?\"}]}",
				decisions);

		assertThat(permissions.get("result")).isEqualTo(Json.parse("{\"permissions\":{\"network\":{\"enabled\":true}}}"));
		assertThat(elicitation.get("result"))
			.isEqualTo(Json.parse("{\"action\":\"accept\",\"content\":{\"server\":\"docs\"}}"));
		assertThat(input.get("result")).isEqualTo(Json.parse("{\"answers\":{\"colour\":{\"answers\":[\"blue\"]}}}"));
		assertThat(decisions).containsExactly("granted", "accept", "answered");
	}

	@Test
	@SuppressWarnings("deprecation")
	void aHandlerThatOverridesOnlyTheRawMethodsKeepsWorking() {
		ApprovalHandler raw = new ApprovalHandler() {
			@Override
			public JsonNode onPermissions(ServerRequest request) {
				return Json.parse("{\"permissions\":" + request.params().get("permissions") + ",\"scope\":\"session\"}");
			}

			@Override
			public JsonNode onElicitation(ServerRequest request) {
				return Json.parse("{\"action\":\"cancel\"}");
			}
		};
		List<String> decisions = new CopyOnWriteArrayList<>();

		JsonNode permissions = answer(raw, "item/permissions/requestApproval",
				"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"permissions\":{\"network\":{\"enabled\":true}}}", decisions);
		JsonNode elicitation = answer(raw, "mcpServer/elicitation/request",
				"{\"threadId\":\"t1\",\"serverName\":\"docs\",\"mode\":\"url\",\"message\":\"?\",\"url\":\"https://x\","
						+ "\"elicitationId\":\"e\"}",
				decisions);

		assertThat(permissions.get("result"))
			.isEqualTo(Json.parse("{\"permissions\":{\"network\":{\"enabled\":true}},\"scope\":\"session\"}"));
		assertThat(elicitation.get("result")).isEqualTo(Json.parse("{\"action\":\"cancel\"}"));
		assertThat(decisions).containsExactly("granted", "cancel");
	}

	@Test
	void tokenRefreshAttestationAndTimeAreErrorsByDefaultAndTypedWhenHandled() {
		List<String> decisions = new CopyOnWriteArrayList<>();
		JsonNode refresh = answer(ApprovalHandler.DECLINE_ALL, "account/chatgptAuthTokens/refresh",
				"{\"reason\":\"unauthorized\"}", decisions);
		assertThat(refresh.get("error").get("code").asInt()).isEqualTo(-32601);

		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public ChatgptAuthTokensRefreshResponse onChatgptAuthTokensRefresh(ChatgptAuthTokensRefreshParams request) {
				return new ChatgptAuthTokensRefreshResponse("token-" + request.reason(), "acct", null);
			}

			@Override
			public AttestationGenerateResponse onAttestationGenerate(AttestationGenerateParams request) {
				return new AttestationGenerateResponse("attested");
			}

			@Override
			public Instant onCurrentTimeRead(ServerRequest request) {
				return Instant.ofEpochSecond(1_700_000_000L);
			}

			@Override
			public DynamicToolCallResponse onDynamicToolCall(DynamicToolCallParams request) {
				return new DynamicToolCallResponse(List.of(), true);
			}

			@Override
			public ExecCommandApprovalResponse onExecCommandApproval(ExecCommandApprovalParams request) {
				return new ExecCommandApprovalResponse(ReviewDecision.of(Json.parse("\"approved\"")));
			}
		};
		JsonNode tokens = answer(handler, "account/chatgptAuthTokens/refresh", "{\"reason\":\"unauthorized\"}",
				decisions);
		JsonNode attestation = answer(handler, "attestation/generate", "{}", decisions);
		JsonNode time = answer(handler, "currentTime/read", "{\"threadId\":\"t1\"}", decisions);
		JsonNode tool = answer(handler, "item/tool/call",
				"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"callId\":\"c\",\"tool\":\"x\",\"arguments\":{}}", decisions);
		JsonNode legacy = answer(handler, "execCommandApproval", "{\"conversationId\":\"c\"}", decisions);

		assertThat(tokens.get("result"))
			.isEqualTo(Json.parse("{\"accessToken\":\"token-unauthorized\",\"chatgptAccountId\":\"acct\"}"));
		assertThat(attestation.get("result")).isEqualTo(Json.parse("{\"token\":\"attested\"}"));
		assertThat(time.get("result")).isEqualTo(Json.parse("{\"currentTimeAt\":1700000000}"));
		assertThat(tool.get("result")).isEqualTo(Json.parse("{\"contentItems\":[],\"success\":true}"));
		assertThat(legacy.get("result")).isEqualTo(Json.parse("{\"decision\":\"approved\"}"));
		// the listeners never see the tokens
		assertThat(decisions).containsExactly("error", "handled", "handled", "handled", "success", "approved");
	}

	@Test
	void rawParamsReadAsTheTypedRecord() {
		ServerRequest request = ServerRequest.of("item/tool/call",
				Json.parse("{\"threadId\":\"t1\",\"turnId\":\"u1\",\"callId\":\"c\",\"tool\":\"x\",\"arguments\":{}}"));
		assertThat(request.paramsAs(ServerRequests.ITEM_TOOL_CALL.paramsType()).tool()).isEqualTo("x");
	}

	@Test
	void absentParamsReadAsAnEmptyRecordAndParamsThatDoNotFitAreRefusedNamingTheType() {
		ServerRequest absent = ServerRequest.of("item/tool/call", null);
		assertThat(absent.paramsAs(ServerRequests.ITEM_TOOL_CALL.paramsType()).tool()).isNull();
		ServerRequest wrong = ServerRequest.of("item/tool/call", Json.parse("{\"arguments\":[1,2],\"tool\":{}}"));
		assertThatThrownBy(() -> wrong.paramsAs(ServerRequests.ITEM_TOOL_CALL.paramsType()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(ServerRequests.ITEM_TOOL_CALL.paramsType().getName());
	}

	@Test
	void aThreadWithDynamicToolsPassesTheTypedRequestsToItsHandler() {
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public CommandDecision decideCommandExecution(CommandApprovalRequest request) {
				return CommandDecision.acceptWithExecpolicyAmendment(List.of("ls"));
			}

			@Override
			public AttestationGenerateResponse onAttestationGenerate(AttestationGenerateParams request) {
				return new AttestationGenerateResponse("from-thread-handler");
			}
		};
		DynamicTool tool = DynamicTool.of("lookup", "Looks up", Json.parse("{\"type\":\"object\"}"),
				(call) -> DynamicToolResult.text("found"));
		ApprovalHandler threadHandler = new ThreadTools(List.of(tool), handler);

		assertThat(threadHandler.decideCommandExecution(CommandApprovalRequest.from(Json.parse(PROPOSING))))
			.isEqualTo(CommandDecision.acceptWithExecpolicyAmendment(List.of("ls")));
		assertThat(threadHandler.onAttestationGenerate(null).token()).isEqualTo("from-thread-handler");
	}

	@Test
	void aTypedMethodThatReturnsNullGetsTheSafeAnswer() {
		ApprovalHandler nulls = new ApprovalHandler() {
			@Override
			public PermissionsRequestApprovalResponse onPermissionsRequest(PermissionsRequestApprovalParams request) {
				return null;
			}

			@Override
			public ToolRequestUserInputResponse onUserInputRequest(ToolRequestUserInputParams request) {
				return null;
			}

			@Override
			public McpServerElicitationRequestResponse onElicitationRequest(McpServerElicitationRequestParams request) {
				return null;
			}

			@Override
			public ExecCommandApprovalResponse onExecCommandApproval(ExecCommandApprovalParams request) {
				return null;
			}

			@Override
			public CommandDecision decideCommandExecution(CommandApprovalRequest request) {
				return null;
			}
		};
		List<String> decisions = new CopyOnWriteArrayList<>();

		assertThat(answer(nulls, "item/permissions/requestApproval", "{\"threadId\":\"t1\",\"permissions\":{}}",
				decisions).get("result")).isEqualTo(Json.parse("{\"permissions\":{}}"));
		assertThat(answer(nulls, "item/tool/requestUserInput", "{\"threadId\":\"t1\",\"questions\":[]}", decisions)
			.get("result")).isEqualTo(Json.parse("{\"answers\":{}}"));
		assertThat(answer(nulls, "mcpServer/elicitation/request", "{\"threadId\":\"t1\",\"mode\":\"form\"}",
				decisions).get("result")).isEqualTo(Json.parse("{\"action\":\"decline\"}"));
		assertThat(answer(nulls, "execCommandApproval", "{\"conversationId\":\"c\"}", decisions).get("result"))
			.isEqualTo(Json.parse("{\"decision\":\"denied\"}"));
		assertThat(answer(nulls, "item/commandExecution/requestApproval", PROPOSING, decisions).get("result"))
			.isEqualTo(Json.parse("{\"decision\":\"decline\"}"));
		assertThat(decisions).containsExactly("denied", "unanswered", "decline", "denied", "decline");
	}

}
