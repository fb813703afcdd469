package dev.codexjava.protocol.generated;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.NotificationType;

/**
 * Every server request of the protocol, typed. Experimental ones (raw JSON) need {@code experimentalApi(true)}.
 */
public final class ServerRequests {

	private ServerRequests() {
	}

	/**
	 * {@code account/chatgptAuthTokens/refresh}.
	 */
	public static final Method<ChatgptAuthTokensRefreshParams, ChatgptAuthTokensRefreshResponse> ACCOUNT_CHATGPT_AUTH_TOKENS_REFRESH = new Method<>("account/chatgptAuthTokens/refresh", ChatgptAuthTokensRefreshParams.class, ChatgptAuthTokensRefreshResponse.class, false);

	/**
	 * {@code applyPatchApproval}.
	 */
	public static final Method<ApplyPatchApprovalParams, ApplyPatchApprovalResponse> APPLY_PATCH_APPROVAL = new Method<>("applyPatchApproval", ApplyPatchApprovalParams.class, ApplyPatchApprovalResponse.class, false);

	/**
	 * {@code attestation/generate}.
	 */
	public static final Method<AttestationGenerateParams, AttestationGenerateResponse> ATTESTATION_GENERATE = new Method<>("attestation/generate", AttestationGenerateParams.class, AttestationGenerateResponse.class, false);

	/**
	 * {@code currentTime/read} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> CURRENT_TIME_READ = new Method<>("currentTime/read", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code execCommandApproval}.
	 */
	public static final Method<ExecCommandApprovalParams, ExecCommandApprovalResponse> EXEC_COMMAND_APPROVAL = new Method<>("execCommandApproval", ExecCommandApprovalParams.class, ExecCommandApprovalResponse.class, false);

	/**
	 * {@code item/commandExecution/requestApproval}.
	 */
	public static final Method<CommandExecutionRequestApprovalParams, CommandExecutionRequestApprovalResponse> ITEM_COMMAND_EXECUTION_REQUEST_APPROVAL = new Method<>("item/commandExecution/requestApproval", CommandExecutionRequestApprovalParams.class, CommandExecutionRequestApprovalResponse.class, false);

	/**
	 * {@code item/fileChange/requestApproval}.
	 */
	public static final Method<FileChangeRequestApprovalParams, FileChangeRequestApprovalResponse> ITEM_FILE_CHANGE_REQUEST_APPROVAL = new Method<>("item/fileChange/requestApproval", FileChangeRequestApprovalParams.class, FileChangeRequestApprovalResponse.class, false);

	/**
	 * {@code item/permissions/requestApproval}.
	 */
	public static final Method<PermissionsRequestApprovalParams, PermissionsRequestApprovalResponse> ITEM_PERMISSIONS_REQUEST_APPROVAL = new Method<>("item/permissions/requestApproval", PermissionsRequestApprovalParams.class, PermissionsRequestApprovalResponse.class, false);

	/**
	 * {@code item/tool/call}.
	 */
	public static final Method<DynamicToolCallParams, DynamicToolCallResponse> ITEM_TOOL_CALL = new Method<>("item/tool/call", DynamicToolCallParams.class, DynamicToolCallResponse.class, false);

	/**
	 * {@code item/tool/requestUserInput}.
	 */
	public static final Method<ToolRequestUserInputParams, ToolRequestUserInputResponse> ITEM_TOOL_REQUEST_USER_INPUT = new Method<>("item/tool/requestUserInput", ToolRequestUserInputParams.class, ToolRequestUserInputResponse.class, false);

	/**
	 * {@code mcpServer/elicitation/request}.
	 */
	public static final Method<McpServerElicitationRequestParams, McpServerElicitationRequestResponse> MCP_SERVER_ELICITATION_REQUEST = new Method<>("mcpServer/elicitation/request", McpServerElicitationRequestParams.class, McpServerElicitationRequestResponse.class, false);

}
