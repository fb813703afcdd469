package dev.codexjava.client;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.codexjava.error.MethodNotFoundException;
import dev.codexjava.protocol.Params;

/**
 * Decides the requests the agent sends to the client: command and file-change approvals, permission grants, user
 * input and MCP elicitations. Every method has a safe default that refuses, so an application overrides only what it
 * wants to allow. Handlers run on a worker thread (never the connection's reader), so they may block, ask a person,
 * or call the SDK.
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
	default ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
		return ApprovalDecision.DECLINE;
	}

	/** Files want to change. Default: {@link ApprovalDecision#DECLINE}. */
	default ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
		return ApprovalDecision.DECLINE;
	}

	/**
	 * The agent asks for extra permissions ({@code item/permissions/requestApproval}). Return the granted subset of
	 * {@code params.permissions}; omitted permissions are denied. Default: grant nothing.
	 */
	default JsonNode onPermissions(ServerRequest request) {
		return Params.create().set("permissions", Params.empty()).node();
	}

	/**
	 * The agent asks the user questions ({@code item/tool/requestUserInput}). Return answers by question id. Default:
	 * no answers.
	 */
	default Map<String, java.util.List<String>> onUserInput(ServerRequest request) {
		return Map.of();
	}

	/**
	 * An MCP server asks for input ({@code mcpServer/elicitation/request}). Return the full result object
	 * ({@code action} = accept/decline/cancel, optional {@code content}). Default: decline.
	 */
	default JsonNode onElicitation(ServerRequest request) {
		return Params.create().put("action", "decline").node();
	}

	/**
	 * Any other server request (dynamic tool calls, token refresh, attestation, ...). Return the result object, or
	 * throw a {@link dev.codexjava.error.CodexRpcException} to answer with an error. Default: a JSON-RPC error saying
	 * the client does not support it.
	 */
	default JsonNode onOtherRequest(ServerRequest request) {
		throw new MethodNotFoundException(request.method(), -32601,
				"The Java client does not handle server request '" + request.method() + "'", null);
	}

}
