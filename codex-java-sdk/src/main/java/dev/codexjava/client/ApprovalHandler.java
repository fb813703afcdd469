package dev.codexjava.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.error.MethodNotFoundException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.generated.ApplyPatchApprovalParams;
import dev.codexjava.protocol.generated.ApplyPatchApprovalResponse;
import dev.codexjava.protocol.generated.AttestationGenerateParams;
import dev.codexjava.protocol.generated.AttestationGenerateResponse;
import dev.codexjava.protocol.generated.ChatgptAuthTokensRefreshParams;
import dev.codexjava.protocol.generated.ChatgptAuthTokensRefreshResponse;
import dev.codexjava.protocol.generated.DynamicToolCallParams;
import dev.codexjava.protocol.generated.DynamicToolCallResponse;
import dev.codexjava.protocol.generated.ExecCommandApprovalParams;
import dev.codexjava.protocol.generated.ExecCommandApprovalResponse;
import dev.codexjava.protocol.generated.McpServerElicitationRequestParams;
import dev.codexjava.protocol.generated.McpServerElicitationRequestResponse;
import dev.codexjava.protocol.generated.PermissionsRequestApprovalParams;
import dev.codexjava.protocol.generated.PermissionsRequestApprovalResponse;
import dev.codexjava.protocol.generated.ReviewDecision;
import dev.codexjava.protocol.generated.ServerRequests;
import dev.codexjava.protocol.generated.ToolRequestUserInputAnswer;
import dev.codexjava.protocol.generated.ToolRequestUserInputParams;
import dev.codexjava.protocol.generated.ToolRequestUserInputResponse;

/**
 * Decides the requests the agent sends to the client: all eleven server requests of the protocol (command and
 * file-change approvals, permission grants, user input, MCP elicitations, dynamic tool calls, token refresh,
 * attestation, the current time and the two legacy v1 approvals), each with a typed request and a typed answer. Every
 * method has a safe default that refuses (or answers an error), so an application overrides only what it wants to
 * allow; a handler that returns {@code null} gets the safe answer too. Handlers run on a worker thread (never the
 * connection's reader), so they may block, ask a person, or call the SDK.
 * <p>
 * The typed methods ({@code on...Request}, {@link #decideCommandExecution}) call the older raw methods by default, so
 * a handler that overrides a raw method keeps working.
 * <p>
 * Register one with {@link CodexConfig.Builder#approvalHandler(ApprovalHandler)} or per thread with
 * {@link ThreadOptions.Builder#approvalHandler(ApprovalHandler)}.
 */
public interface ApprovalHandler {

	/** Declines everything (the default). */
	ApprovalHandler DECLINE_ALL = new ApprovalHandler() {
	};

	/** Accepts every command and file change; refuses everything else. For trusted, sandboxed automation only. */
	static ApprovalHandler acceptCommandsAndFileChanges() {
		return new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				return ApprovalDecision.ACCEPT;
			}

			@Override
			public ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
				return ApprovalDecision.ACCEPT;
			}
		};
	}

	/** A command wants to run. Default: {@link ApprovalDecision#DECLINE}. */
	default @Nullable ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
		return ApprovalDecision.DECLINE;
	}

	/**
	 * A command wants to run ({@code item/commandExecution/requestApproval}): the form that may also answer with a
	 * policy amendment ({@link CommandDecision#acceptWithExecpolicyAmendment(List)},
	 * {@link CommandDecision#applyNetworkPolicyAmendment}). Answer one of
	 * {@link CommandApprovalRequest#availableDecisions()} (or decline, always taken): a decision of another kind is
	 * replaced by {@link CommandDecision#DECLINE}, with a warning in the log. Default: {@link #onCommandExecution}.
	 */
	default @Nullable CommandDecision decideCommandExecution(CommandApprovalRequest request) {
		return CommandDecision.of(onCommandExecution(request));
	}

	/** Files want to change. Default: {@link ApprovalDecision#DECLINE}. */
	default @Nullable ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
		return ApprovalDecision.DECLINE;
	}

	/**
	 * The agent asks for extra permissions ({@code item/permissions/requestApproval}). Return the granted subset of
	 * {@code params.permissions}; omitted permissions are denied. Default: grant nothing.
	 * @deprecated raw JSON; override {@link #onPermissionsRequest(PermissionsRequestApprovalParams)} instead (this
	 * one is still called when overridden and the typed one is not)
	 */
	@Deprecated(since = "0.1.0")
	default @Nullable JsonNode onPermissions(ServerRequest request) {
		return Params.create().set("permissions", Params.empty()).node();
	}

	/**
	 * The agent asks for extra permissions ({@code item/permissions/requestApproval}). Return the granted subset of
	 * {@code request.permissions()} (and its scope: this turn or the session); omitted permissions are denied.
	 * Default: {@link #onPermissions(ServerRequest)}, which grants nothing.
	 */
	@SuppressWarnings("deprecation")
	default @Nullable PermissionsRequestApprovalResponse onPermissionsRequest(
			PermissionsRequestApprovalParams request) {
		JsonNode granted = onPermissions(ServerRequest.typed(ServerRequests.ITEM_PERMISSIONS_REQUEST_APPROVAL, request));
		return (granted != null) ? Json.convert(granted, PermissionsRequestApprovalResponse.class) : null;
	}

	/**
	 * The agent asks the user questions ({@code item/tool/requestUserInput}). Return answers by question id. Default:
	 * no answers.
	 * @deprecated raw request; override {@link #onUserInputRequest(ToolRequestUserInputParams)} instead (this one is
	 * still called when overridden and the typed one is not)
	 */
	@Deprecated(since = "0.1.0")
	default @Nullable Map<String, java.util.List<String>> onUserInput(ServerRequest request) {
		return Map.of();
	}

	/**
	 * The agent asks the user questions ({@code item/tool/requestUserInput}): answer by question id. Default:
	 * {@link #onUserInput(ServerRequest)}, which answers nothing.
	 */
	@SuppressWarnings("deprecation")
	default @Nullable ToolRequestUserInputResponse onUserInputRequest(ToolRequestUserInputParams request) {
		Map<String, List<String>> answers = onUserInput(
				ServerRequest.typed(ServerRequests.ITEM_TOOL_REQUEST_USER_INPUT, request));
		if (answers == null) {
			return null;
		}
		Map<String, ToolRequestUserInputAnswer> typed = new LinkedHashMap<>();
		answers.forEach((question, values) -> typed.put(question, new ToolRequestUserInputAnswer(List.copyOf(values))));
		return new ToolRequestUserInputResponse(typed);
	}

	/**
	 * An MCP server asks for input ({@code mcpServer/elicitation/request}). Return the full result object
	 * ({@code action} = accept/decline/cancel, optional {@code content}). Default: decline.
	 * @deprecated raw JSON; override {@link #onElicitationRequest(McpServerElicitationRequestParams)} instead (this
	 * one is still called when overridden and the typed one is not)
	 */
	@Deprecated(since = "0.1.0")
	default @Nullable JsonNode onElicitation(ServerRequest request) {
		return Params.create().put("action", "decline").node();
	}

	/**
	 * An MCP server asks for input ({@code mcpServer/elicitation/request}, a form or a URL): accept (with the
	 * content), decline or cancel. Default: {@link #onElicitation(ServerRequest)}, which declines.
	 */
	@SuppressWarnings("deprecation")
	default @Nullable McpServerElicitationRequestResponse onElicitationRequest(
			McpServerElicitationRequestParams request) {
		JsonNode response = onElicitation(ServerRequest.typed(ServerRequests.MCP_SERVER_ELICITATION_REQUEST, request));
		return (response != null) ? Json.convert(response, McpServerElicitationRequestResponse.class) : null;
	}

	/**
	 * The model calls a dynamic tool ({@code item/tool/call}) on a thread without {@link DynamicTool}s registered
	 * here (a thread with them runs its tools instead). Default: {@link #onOtherRequest(ServerRequest)}, which answers
	 * a JSON-RPC error.
	 */
	default @Nullable DynamicToolCallResponse onDynamicToolCall(DynamicToolCallParams request) {
		return otherRequest(ServerRequests.ITEM_TOOL_CALL, request);
	}

	/**
	 * The server needs fresh ChatGPT tokens ({@code account/chatgptAuthTokens/refresh}, for a client that logged in
	 * with external tokens). Default: {@link #onOtherRequest(ServerRequest)}, which answers a JSON-RPC error.
	 */
	default @Nullable ChatgptAuthTokensRefreshResponse onChatgptAuthTokensRefresh(
			ChatgptAuthTokensRefreshParams request) {
		return otherRequest(ServerRequests.ACCOUNT_CHATGPT_AUTH_TOKENS_REFRESH, request);
	}

	/**
	 * The server asks for an attestation token ({@code attestation/generate}). Default:
	 * {@link #onOtherRequest(ServerRequest)}, which answers a JSON-RPC error.
	 */
	default @Nullable AttestationGenerateResponse onAttestationGenerate(AttestationGenerateParams request) {
		return otherRequest(ServerRequests.ATTESTATION_GENERATE, request);
	}

	/**
	 * The server asks the client's current time ({@code currentTime/read}, <b>experimental</b>: only with
	 * {@code experimentalApi(true)}; its params carry just the {@code threadId}). Default:
	 * {@link #onOtherRequest(ServerRequest)}, which answers a JSON-RPC error.
	 */
	default @Nullable Instant onCurrentTimeRead(ServerRequest request) {
		JsonNode response = onOtherRequest(request);
		Long seconds = Json.longValue(response, "currentTimeAt");
		return (seconds != null) ? Instant.ofEpochSecond(seconds) : null;
	}

	/**
	 * A legacy v1 command approval ({@code execCommandApproval}; the v2 protocol sends
	 * {@link #decideCommandExecution} instead). Default: {@code denied}.
	 */
	default @Nullable ExecCommandApprovalResponse onExecCommandApproval(ExecCommandApprovalParams request) {
		return new ExecCommandApprovalResponse(ReviewDecision.of(Json.toTree("denied")));
	}

	/**
	 * A legacy v1 patch approval ({@code applyPatchApproval}; the v2 protocol sends {@link #onFileChange} instead).
	 * Default: {@code denied}.
	 */
	default @Nullable ApplyPatchApprovalResponse onApplyPatchApproval(ApplyPatchApprovalParams request) {
		return new ApplyPatchApprovalResponse(ReviewDecision.of(Json.toTree("denied")));
	}

	/**
	 * Any other server request (one a newer server added). Return the result object, or throw a
	 * {@link dev.codexjava.error.CodexRpcException} to answer with an error. Default: a JSON-RPC error saying the
	 * client does not support it. The typed methods for dynamic tool calls, token refresh, attestation and the
	 * current time call this one by default.
	 */
	default @Nullable JsonNode onOtherRequest(ServerRequest request) {
		throw new MethodNotFoundException(request.method(), -32601,
				"The Java client does not handle server request '" + request.method() + "'", null);
	}

	/** Asks {@link #onOtherRequest} and reads its answer as the method's result type. */
	private <P, R> @Nullable R otherRequest(dev.codexjava.protocol.Method<P, R> method, P request) {
		JsonNode response = onOtherRequest(ServerRequest.typed(method, request));
		return (response != null) ? Json.convert(response, method.resultType()) : null;
	}

}
