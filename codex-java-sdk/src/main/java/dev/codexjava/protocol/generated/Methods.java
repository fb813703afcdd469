package dev.codexjava.protocol.generated;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.NotificationType;

/**
 * Every client request of the protocol, typed. Experimental ones (raw JSON) need {@code experimentalApi(true)}.
 */
public final class Methods {

	private Methods() {
	}

	/**
	 * {@code account/bedrock/checkGovCloudRequirements} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ACCOUNT_BEDROCK_CHECK_GOV_CLOUD_REQUIREMENTS = new Method<>("account/bedrock/checkGovCloudRequirements", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code account/bedrock/discover} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ACCOUNT_BEDROCK_DISCOVER = new Method<>("account/bedrock/discover", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code account/bedrock/setup} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ACCOUNT_BEDROCK_SETUP = new Method<>("account/bedrock/setup", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code account/gatewayOAuth/cancel}.
	 */
	public static final Method<Void, GatewayOAuthCancelResponse> ACCOUNT_GATEWAY_OAUTH_CANCEL = new Method<>("account/gatewayOAuth/cancel", Void.class, GatewayOAuthCancelResponse.class, false);

	/**
	 * {@code account/gatewayOAuth/login}.
	 */
	public static final Method<GatewayOAuthLoginParams, GatewayOAuthLoginResponse> ACCOUNT_GATEWAY_OAUTH_LOGIN = new Method<>("account/gatewayOAuth/login", GatewayOAuthLoginParams.class, GatewayOAuthLoginResponse.class, false);

	/**
	 * {@code account/gatewayOAuth/read}.
	 */
	public static final Method<GatewayOAuthReadParams, GatewayOAuthReadResponse> ACCOUNT_GATEWAY_OAUTH_READ = new Method<>("account/gatewayOAuth/read", GatewayOAuthReadParams.class, GatewayOAuthReadResponse.class, false);

	/**
	 * {@code account/gcp/setup} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ACCOUNT_GCP_SETUP = new Method<>("account/gcp/setup", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code account/login/cancel}.
	 */
	public static final Method<CancelLoginAccountParams, CancelLoginAccountResponse> ACCOUNT_LOGIN_CANCEL = new Method<>("account/login/cancel", CancelLoginAccountParams.class, CancelLoginAccountResponse.class, false);

	/**
	 * {@code account/login/start}.
	 */
	public static final Method<LoginAccountParams, LoginAccountResponse> ACCOUNT_LOGIN_START = new Method<>("account/login/start", LoginAccountParams.class, LoginAccountResponse.class, false);

	/**
	 * {@code account/logout}.
	 */
	public static final Method<Void, LogoutAccountResponse> ACCOUNT_LOGOUT = new Method<>("account/logout", Void.class, LogoutAccountResponse.class, false);

	/**
	 * {@code account/rateLimitResetCredit/consume}.
	 */
	public static final Method<ConsumeAccountRateLimitResetCreditParams, ConsumeAccountRateLimitResetCreditResponse> ACCOUNT_RATE_LIMIT_RESET_CREDIT_CONSUME = new Method<>("account/rateLimitResetCredit/consume", ConsumeAccountRateLimitResetCreditParams.class, ConsumeAccountRateLimitResetCreditResponse.class, false);

	/**
	 * {@code account/rateLimits/read}.
	 */
	public static final Method<GetAccountRateLimitsParams, GetAccountRateLimitsResponse> ACCOUNT_RATE_LIMITS_READ = new Method<>("account/rateLimits/read", GetAccountRateLimitsParams.class, GetAccountRateLimitsResponse.class, false);

	/**
	 * {@code account/read}.
	 */
	public static final Method<GetAccountParams, GetAccountResponse> ACCOUNT_READ = new Method<>("account/read", GetAccountParams.class, GetAccountResponse.class, false);

	/**
	 * {@code account/securitySetup/read}.
	 */
	public static final Method<Void, GetAccountSecuritySetupResponse> ACCOUNT_SECURITY_SETUP_READ = new Method<>("account/securitySetup/read", Void.class, GetAccountSecuritySetupResponse.class, false);

	/**
	 * {@code account/sendAddCreditsNudgeEmail}.
	 */
	public static final Method<SendAddCreditsNudgeEmailParams, SendAddCreditsNudgeEmailResponse> ACCOUNT_SEND_ADD_CREDITS_NUDGE_EMAIL = new Method<>("account/sendAddCreditsNudgeEmail", SendAddCreditsNudgeEmailParams.class, SendAddCreditsNudgeEmailResponse.class, false);

	/**
	 * {@code account/usage/read}.
	 */
	public static final Method<GetAccountTokenUsageParams, GetAccountTokenUsageResponse> ACCOUNT_USAGE_READ = new Method<>("account/usage/read", GetAccountTokenUsageParams.class, GetAccountTokenUsageResponse.class, false);

	/**
	 * {@code account/workspaceMessages/read}.
	 */
	public static final Method<Void, GetWorkspaceMessagesResponse> ACCOUNT_WORKSPACE_MESSAGES_READ = new Method<>("account/workspaceMessages/read", Void.class, GetWorkspaceMessagesResponse.class, false);

	/**
	 * {@code accountSession/list} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ACCOUNT_SESSION_LIST = new Method<>("accountSession/list", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code accountSession/switch} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ACCOUNT_SESSION_SWITCH = new Method<>("accountSession/switch", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code app/installed}.
	 */
	public static final Method<AppsInstalledParams, AppsInstalledResponse> APP_INSTALLED = new Method<>("app/installed", AppsInstalledParams.class, AppsInstalledResponse.class, false);

	/**
	 * {@code app/list}.
	 */
	public static final Method<AppsListParams, AppsListResponse> APP_LIST = new Method<>("app/list", AppsListParams.class, AppsListResponse.class, false);

	/**
	 * {@code app/read}.
	 */
	public static final Method<AppsReadParams, AppsReadResponse> APP_READ = new Method<>("app/read", AppsReadParams.class, AppsReadResponse.class, false);

	/**
	 * {@code collaborationMode/list} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> COLLABORATION_MODE_LIST = new Method<>("collaborationMode/list", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code command/exec}.
	 */
	public static final Method<CommandExecParams, CommandExecResponse> COMMAND_EXEC = new Method<>("command/exec", CommandExecParams.class, CommandExecResponse.class, false);

	/**
	 * {@code command/exec/resize}.
	 */
	public static final Method<CommandExecResizeParams, CommandExecResizeResponse> COMMAND_EXEC_RESIZE = new Method<>("command/exec/resize", CommandExecResizeParams.class, CommandExecResizeResponse.class, false);

	/**
	 * {@code command/exec/terminate}.
	 */
	public static final Method<CommandExecTerminateParams, CommandExecTerminateResponse> COMMAND_EXEC_TERMINATE = new Method<>("command/exec/terminate", CommandExecTerminateParams.class, CommandExecTerminateResponse.class, false);

	/**
	 * {@code command/exec/write}.
	 */
	public static final Method<CommandExecWriteParams, CommandExecWriteResponse> COMMAND_EXEC_WRITE = new Method<>("command/exec/write", CommandExecWriteParams.class, CommandExecWriteResponse.class, false);

	/**
	 * {@code config/batchWrite}.
	 */
	public static final Method<ConfigBatchWriteParams, ConfigWriteResponse> CONFIG_BATCH_WRITE = new Method<>("config/batchWrite", ConfigBatchWriteParams.class, ConfigWriteResponse.class, false);

	/**
	 * {@code config/mcpServer/reload}.
	 */
	public static final Method<Void, McpServerRefreshResponse> CONFIG_MCP_SERVER_RELOAD = new Method<>("config/mcpServer/reload", Void.class, McpServerRefreshResponse.class, false);

	/**
	 * {@code config/read}.
	 */
	public static final Method<ConfigReadParams, ConfigReadResponse> CONFIG_READ = new Method<>("config/read", ConfigReadParams.class, ConfigReadResponse.class, false);

	/**
	 * {@code config/value/write}.
	 */
	public static final Method<ConfigValueWriteParams, ConfigWriteResponse> CONFIG_VALUE_WRITE = new Method<>("config/value/write", ConfigValueWriteParams.class, ConfigWriteResponse.class, false);

	/**
	 * {@code configRequirements/read}.
	 */
	public static final Method<Void, ConfigRequirementsReadResponse> CONFIG_REQUIREMENTS_READ = new Method<>("configRequirements/read", Void.class, ConfigRequirementsReadResponse.class, false);

	/**
	 * {@code environment/add} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ENVIRONMENT_ADD = new Method<>("environment/add", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code environment/info} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ENVIRONMENT_INFO = new Method<>("environment/info", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code environment/status} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ENVIRONMENT_STATUS = new Method<>("environment/status", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code experimentalFeature/enablement/set}.
	 */
	public static final Method<ExperimentalFeatureEnablementSetParams, ExperimentalFeatureEnablementSetResponse> EXPERIMENTAL_FEATURE_ENABLEMENT_SET = new Method<>("experimentalFeature/enablement/set", ExperimentalFeatureEnablementSetParams.class, ExperimentalFeatureEnablementSetResponse.class, false);

	/**
	 * {@code experimentalFeature/list}.
	 */
	public static final Method<ExperimentalFeatureListParams, ExperimentalFeatureListResponse> EXPERIMENTAL_FEATURE_LIST = new Method<>("experimentalFeature/list", ExperimentalFeatureListParams.class, ExperimentalFeatureListResponse.class, false);

	/**
	 * {@code externalAgentConfig/detect}.
	 */
	public static final Method<ExternalAgentConfigDetectParams, ExternalAgentConfigDetectResponse> EXTERNAL_AGENT_CONFIG_DETECT = new Method<>("externalAgentConfig/detect", ExternalAgentConfigDetectParams.class, ExternalAgentConfigDetectResponse.class, false);

	/**
	 * {@code externalAgentConfig/import}.
	 */
	public static final Method<ExternalAgentConfigImportParams, ExternalAgentConfigImportResponse> EXTERNAL_AGENT_CONFIG_IMPORT = new Method<>("externalAgentConfig/import", ExternalAgentConfigImportParams.class, ExternalAgentConfigImportResponse.class, false);

	/**
	 * {@code externalAgentConfig/import/readHistories}.
	 */
	public static final Method<Void, ExternalAgentConfigImportHistoriesReadResponse> EXTERNAL_AGENT_CONFIG_IMPORT_READ_HISTORIES = new Method<>("externalAgentConfig/import/readHistories", Void.class, ExternalAgentConfigImportHistoriesReadResponse.class, false);

	/**
	 * {@code externalAgentConfig/import/recordHistory}.
	 */
	public static final Method<ExternalAgentConfigImportHistoryRecordParams, ExternalAgentConfigImportHistoryRecordResponse> EXTERNAL_AGENT_CONFIG_IMPORT_RECORD_HISTORY = new Method<>("externalAgentConfig/import/recordHistory", ExternalAgentConfigImportHistoryRecordParams.class, ExternalAgentConfigImportHistoryRecordResponse.class, false);

	/**
	 * {@code feedback/save}.
	 */
	public static final Method<FeedbackSaveParams, FeedbackSaveResponse> FEEDBACK_SAVE = new Method<>("feedback/save", FeedbackSaveParams.class, FeedbackSaveResponse.class, false);

	/**
	 * {@code feedback/upload}.
	 */
	public static final Method<FeedbackUploadParams, FeedbackUploadResponse> FEEDBACK_UPLOAD = new Method<>("feedback/upload", FeedbackUploadParams.class, FeedbackUploadResponse.class, false);

	/**
	 * {@code fs/copy}.
	 */
	public static final Method<FsCopyParams, FsCopyResponse> FS_COPY = new Method<>("fs/copy", FsCopyParams.class, FsCopyResponse.class, false);

	/**
	 * {@code fs/createDirectory}.
	 */
	public static final Method<FsCreateDirectoryParams, FsCreateDirectoryResponse> FS_CREATE_DIRECTORY = new Method<>("fs/createDirectory", FsCreateDirectoryParams.class, FsCreateDirectoryResponse.class, false);

	/**
	 * {@code fs/getMetadata}.
	 */
	public static final Method<FsGetMetadataParams, FsGetMetadataResponse> FS_GET_METADATA = new Method<>("fs/getMetadata", FsGetMetadataParams.class, FsGetMetadataResponse.class, false);

	/**
	 * {@code fs/readDirectory}.
	 */
	public static final Method<FsReadDirectoryParams, FsReadDirectoryResponse> FS_READ_DIRECTORY = new Method<>("fs/readDirectory", FsReadDirectoryParams.class, FsReadDirectoryResponse.class, false);

	/**
	 * {@code fs/readFile}.
	 */
	public static final Method<FsReadFileParams, FsReadFileResponse> FS_READ_FILE = new Method<>("fs/readFile", FsReadFileParams.class, FsReadFileResponse.class, false);

	/**
	 * {@code fs/remove}.
	 */
	public static final Method<FsRemoveParams, FsRemoveResponse> FS_REMOVE = new Method<>("fs/remove", FsRemoveParams.class, FsRemoveResponse.class, false);

	/**
	 * {@code fs/unwatch}.
	 */
	public static final Method<FsUnwatchParams, FsUnwatchResponse> FS_UNWATCH = new Method<>("fs/unwatch", FsUnwatchParams.class, FsUnwatchResponse.class, false);

	/**
	 * {@code fs/watch}.
	 */
	public static final Method<FsWatchParams, FsWatchResponse> FS_WATCH = new Method<>("fs/watch", FsWatchParams.class, FsWatchResponse.class, false);

	/**
	 * {@code fs/writeFile}.
	 */
	public static final Method<FsWriteFileParams, FsWriteFileResponse> FS_WRITE_FILE = new Method<>("fs/writeFile", FsWriteFileParams.class, FsWriteFileResponse.class, false);

	/**
	 * {@code fuzzyFileSearch}.
	 */
	public static final Method<FuzzyFileSearchParams, FuzzyFileSearchResponse> FUZZY_FILE_SEARCH = new Method<>("fuzzyFileSearch", FuzzyFileSearchParams.class, FuzzyFileSearchResponse.class, false);

	/**
	 * {@code fuzzyFileSearch/sessionStart} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> FUZZY_FILE_SEARCH_SESSION_START = new Method<>("fuzzyFileSearch/sessionStart", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code fuzzyFileSearch/sessionStop} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> FUZZY_FILE_SEARCH_SESSION_STOP = new Method<>("fuzzyFileSearch/sessionStop", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code fuzzyFileSearch/sessionUpdate} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> FUZZY_FILE_SEARCH_SESSION_UPDATE = new Method<>("fuzzyFileSearch/sessionUpdate", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code hooks/list}.
	 */
	public static final Method<HooksListParams, HooksListResponse> HOOKS_LIST = new Method<>("hooks/list", HooksListParams.class, HooksListResponse.class, false);

	/**
	 * {@code initialize}.
	 */
	public static final Method<InitializeParams, InitializeResponse> INITIALIZE = new Method<>("initialize", InitializeParams.class, InitializeResponse.class, false);

	/**
	 * {@code marketplace/add}.
	 */
	public static final Method<MarketplaceAddParams, MarketplaceAddResponse> MARKETPLACE_ADD = new Method<>("marketplace/add", MarketplaceAddParams.class, MarketplaceAddResponse.class, false);

	/**
	 * {@code marketplace/remove}.
	 */
	public static final Method<MarketplaceRemoveParams, MarketplaceRemoveResponse> MARKETPLACE_REMOVE = new Method<>("marketplace/remove", MarketplaceRemoveParams.class, MarketplaceRemoveResponse.class, false);

	/**
	 * {@code marketplace/upgrade}.
	 */
	public static final Method<MarketplaceUpgradeParams, MarketplaceUpgradeResponse> MARKETPLACE_UPGRADE = new Method<>("marketplace/upgrade", MarketplaceUpgradeParams.class, MarketplaceUpgradeResponse.class, false);

	/**
	 * {@code mcpServer/event/stream/start} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> MCP_SERVER_EVENT_STREAM_START = new Method<>("mcpServer/event/stream/start", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code mcpServer/event/stream/stop} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> MCP_SERVER_EVENT_STREAM_STOP = new Method<>("mcpServer/event/stream/stop", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code mcpServer/oauth/login}.
	 */
	public static final Method<McpServerOauthLoginParams, McpServerOauthLoginResponse> MCP_SERVER_OAUTH_LOGIN = new Method<>("mcpServer/oauth/login", McpServerOauthLoginParams.class, McpServerOauthLoginResponse.class, false);

	/**
	 * {@code mcpServer/resource/read}.
	 */
	public static final Method<McpResourceReadParams, McpResourceReadResponse> MCP_SERVER_RESOURCE_READ = new Method<>("mcpServer/resource/read", McpResourceReadParams.class, McpResourceReadResponse.class, false);

	/**
	 * {@code mcpServer/tool/call}.
	 */
	public static final Method<McpServerToolCallParams, McpServerToolCallResponse> MCP_SERVER_TOOL_CALL = new Method<>("mcpServer/tool/call", McpServerToolCallParams.class, McpServerToolCallResponse.class, false);

	/**
	 * {@code mcpServerStatus/list}.
	 */
	public static final Method<ListMcpServerStatusParams, ListMcpServerStatusResponse> MCP_SERVER_STATUS_LIST = new Method<>("mcpServerStatus/list", ListMcpServerStatusParams.class, ListMcpServerStatusResponse.class, false);

	/**
	 * {@code memory/reset} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> MEMORY_RESET = new Method<>("memory/reset", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code memory/status} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> MEMORY_STATUS = new Method<>("memory/status", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code mock/experimentalMethod} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> MOCK_EXPERIMENTAL_METHOD = new Method<>("mock/experimentalMethod", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code model/list}.
	 */
	public static final Method<ModelListParams, ModelListResponse> MODEL_LIST = new Method<>("model/list", ModelListParams.class, ModelListResponse.class, false);

	/**
	 * {@code modelProvider/capabilities/read}.
	 */
	public static final Method<ModelProviderCapabilitiesReadParams, ModelProviderCapabilitiesReadResponse> MODEL_PROVIDER_CAPABILITIES_READ = new Method<>("modelProvider/capabilities/read", ModelProviderCapabilitiesReadParams.class, ModelProviderCapabilitiesReadResponse.class, false);

	/**
	 * {@code modelProvider/config/write}.
	 */
	public static final Method<ModelProviderConfigWriteParams, ModelProviderConfigWriteResponse> MODEL_PROVIDER_CONFIG_WRITE = new Method<>("modelProvider/config/write", ModelProviderConfigWriteParams.class, ModelProviderConfigWriteResponse.class, false);

	/**
	 * {@code modelProvider/list}.
	 */
	public static final Method<ModelProviderListParams, ModelProviderListResponse> MODEL_PROVIDER_LIST = new Method<>("modelProvider/list", ModelProviderListParams.class, ModelProviderListResponse.class, false);

	/**
	 * {@code permissionProfile/list}.
	 */
	public static final Method<PermissionProfileListParams, PermissionProfileListResponse> PERMISSION_PROFILE_LIST = new Method<>("permissionProfile/list", PermissionProfileListParams.class, PermissionProfileListResponse.class, false);

	/**
	 * {@code plugin/install}.
	 */
	public static final Method<PluginInstallParams, PluginInstallResponse> PLUGIN_INSTALL = new Method<>("plugin/install", PluginInstallParams.class, PluginInstallResponse.class, false);

	/**
	 * {@code plugin/installed}.
	 */
	public static final Method<PluginInstalledParams, PluginInstalledResponse> PLUGIN_INSTALLED = new Method<>("plugin/installed", PluginInstalledParams.class, PluginInstalledResponse.class, false);

	/**
	 * {@code plugin/list}.
	 */
	public static final Method<PluginListParams, PluginListResponse> PLUGIN_LIST = new Method<>("plugin/list", PluginListParams.class, PluginListResponse.class, false);

	/**
	 * {@code plugin/read}.
	 */
	public static final Method<PluginReadParams, PluginReadResponse> PLUGIN_READ = new Method<>("plugin/read", PluginReadParams.class, PluginReadResponse.class, false);

	/**
	 * {@code plugin/reconcile}.
	 */
	public static final Method<PluginReconcileParams, PluginReconcileResponse> PLUGIN_RECONCILE = new Method<>("plugin/reconcile", PluginReconcileParams.class, PluginReconcileResponse.class, false);

	/**
	 * {@code plugin/search} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PLUGIN_SEARCH = new Method<>("plugin/search", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code plugin/share/checkout}.
	 */
	public static final Method<PluginShareCheckoutParams, PluginShareCheckoutResponse> PLUGIN_SHARE_CHECKOUT = new Method<>("plugin/share/checkout", PluginShareCheckoutParams.class, PluginShareCheckoutResponse.class, false);

	/**
	 * {@code plugin/share/delete}.
	 */
	public static final Method<PluginShareDeleteParams, PluginShareDeleteResponse> PLUGIN_SHARE_DELETE = new Method<>("plugin/share/delete", PluginShareDeleteParams.class, PluginShareDeleteResponse.class, false);

	/**
	 * {@code plugin/share/list}.
	 */
	public static final Method<PluginShareListParams, PluginShareListResponse> PLUGIN_SHARE_LIST = new Method<>("plugin/share/list", PluginShareListParams.class, PluginShareListResponse.class, false);

	/**
	 * {@code plugin/share/save}.
	 */
	public static final Method<PluginShareSaveParams, PluginShareSaveResponse> PLUGIN_SHARE_SAVE = new Method<>("plugin/share/save", PluginShareSaveParams.class, PluginShareSaveResponse.class, false);

	/**
	 * {@code plugin/share/updateTargets}.
	 */
	public static final Method<PluginShareUpdateTargetsParams, PluginShareUpdateTargetsResponse> PLUGIN_SHARE_UPDATE_TARGETS = new Method<>("plugin/share/updateTargets", PluginShareUpdateTargetsParams.class, PluginShareUpdateTargetsResponse.class, false);

	/**
	 * {@code plugin/skill/read}.
	 */
	public static final Method<PluginSkillReadParams, PluginSkillReadResponse> PLUGIN_SKILL_READ = new Method<>("plugin/skill/read", PluginSkillReadParams.class, PluginSkillReadResponse.class, false);

	/**
	 * {@code plugin/uninstall}.
	 */
	public static final Method<PluginUninstallParams, PluginUninstallResponse> PLUGIN_UNINSTALL = new Method<>("plugin/uninstall", PluginUninstallParams.class, PluginUninstallResponse.class, false);

	/**
	 * {@code process/kill} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROCESS_KILL = new Method<>("process/kill", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code process/resizePty} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROCESS_RESIZE_PTY = new Method<>("process/resizePty", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code process/spawn} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROCESS_SPAWN = new Method<>("process/spawn", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code process/writeStdin} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROCESS_WRITE_STDIN = new Method<>("process/writeStdin", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code project/create} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROJECT_CREATE = new Method<>("project/create", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code project/delete} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROJECT_DELETE = new Method<>("project/delete", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code project/import} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROJECT_IMPORT = new Method<>("project/import", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code project/list} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROJECT_LIST = new Method<>("project/list", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code project/move} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROJECT_MOVE = new Method<>("project/move", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code project/read} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROJECT_READ = new Method<>("project/read", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code project/update} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> PROJECT_UPDATE = new Method<>("project/update", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code remoteControl/client/list} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> REMOTE_CONTROL_CLIENT_LIST = new Method<>("remoteControl/client/list", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code remoteControl/client/revoke} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> REMOTE_CONTROL_CLIENT_REVOKE = new Method<>("remoteControl/client/revoke", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code remoteControl/disable} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> REMOTE_CONTROL_DISABLE = new Method<>("remoteControl/disable", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code remoteControl/enable} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> REMOTE_CONTROL_ENABLE = new Method<>("remoteControl/enable", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code remoteControl/pairing/start} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> REMOTE_CONTROL_PAIRING_START = new Method<>("remoteControl/pairing/start", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code remoteControl/pairing/status} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> REMOTE_CONTROL_PAIRING_STATUS = new Method<>("remoteControl/pairing/status", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code remoteControl/status/read} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> REMOTE_CONTROL_STATUS_READ = new Method<>("remoteControl/status/read", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code review/start}.
	 */
	public static final Method<ReviewStartParams, ReviewStartResponse> REVIEW_START = new Method<>("review/start", ReviewStartParams.class, ReviewStartResponse.class, false);

	/**
	 * {@code rollout/compress} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> ROLLOUT_COMPRESS = new Method<>("rollout/compress", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code server/diagnostics} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> SERVER_DIAGNOSTICS = new Method<>("server/diagnostics", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code skills/config/write}.
	 */
	public static final Method<SkillsConfigWriteParams, SkillsConfigWriteResponse> SKILLS_CONFIG_WRITE = new Method<>("skills/config/write", SkillsConfigWriteParams.class, SkillsConfigWriteResponse.class, false);

	/**
	 * {@code skills/extraRoots/set}.
	 */
	public static final Method<SkillsExtraRootsSetParams, SkillsExtraRootsSetResponse> SKILLS_EXTRA_ROOTS_SET = new Method<>("skills/extraRoots/set", SkillsExtraRootsSetParams.class, SkillsExtraRootsSetResponse.class, false);

	/**
	 * {@code skills/list}.
	 */
	public static final Method<SkillsListParams, SkillsListResponse> SKILLS_LIST = new Method<>("skills/list", SkillsListParams.class, SkillsListResponse.class, false);

	/**
	 * {@code thread/approveGuardianDeniedAction}.
	 */
	public static final Method<ThreadApproveGuardianDeniedActionParams, ThreadApproveGuardianDeniedActionResponse> THREAD_APPROVE_GUARDIAN_DENIED_ACTION = new Method<>("thread/approveGuardianDeniedAction", ThreadApproveGuardianDeniedActionParams.class, ThreadApproveGuardianDeniedActionResponse.class, false);

	/**
	 * {@code thread/archive}.
	 */
	public static final Method<ThreadArchiveParams, ThreadArchiveResponse> THREAD_ARCHIVE = new Method<>("thread/archive", ThreadArchiveParams.class, ThreadArchiveResponse.class, false);

	/**
	 * {@code thread/attachment/add}.
	 */
	public static final Method<ThreadAttachmentAddParams, ThreadAttachmentAddResponse> THREAD_ATTACHMENT_ADD = new Method<>("thread/attachment/add", ThreadAttachmentAddParams.class, ThreadAttachmentAddResponse.class, false);

	/**
	 * {@code thread/attachment/list}.
	 */
	public static final Method<ThreadAttachmentListParams, ThreadAttachmentListResponse> THREAD_ATTACHMENT_LIST = new Method<>("thread/attachment/list", ThreadAttachmentListParams.class, ThreadAttachmentListResponse.class, false);

	/**
	 * {@code thread/attachment/remove}.
	 */
	public static final Method<ThreadAttachmentRemoveParams, ThreadAttachmentRemoveResponse> THREAD_ATTACHMENT_REMOVE = new Method<>("thread/attachment/remove", ThreadAttachmentRemoveParams.class, ThreadAttachmentRemoveResponse.class, false);

	/**
	 * {@code thread/attachmentOwner/list}.
	 */
	public static final Method<ThreadAttachmentOwnerListParams, ThreadAttachmentOwnerListResponse> THREAD_ATTACHMENT_OWNER_LIST = new Method<>("thread/attachmentOwner/list", ThreadAttachmentOwnerListParams.class, ThreadAttachmentOwnerListResponse.class, false);

	/**
	 * {@code thread/backgroundTerminals/clean} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_BACKGROUND_TERMINALS_CLEAN = new Method<>("thread/backgroundTerminals/clean", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/backgroundTerminals/list} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_BACKGROUND_TERMINALS_LIST = new Method<>("thread/backgroundTerminals/list", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/backgroundTerminals/terminate} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_BACKGROUND_TERMINALS_TERMINATE = new Method<>("thread/backgroundTerminals/terminate", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/compact/start}.
	 */
	public static final Method<ThreadCompactStartParams, ThreadCompactStartResponse> THREAD_COMPACT_START = new Method<>("thread/compact/start", ThreadCompactStartParams.class, ThreadCompactStartResponse.class, false);

	/**
	 * {@code thread/decrement_elicitation} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_DECREMENT_ELICITATION = new Method<>("thread/decrement_elicitation", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/delete}.
	 */
	public static final Method<ThreadDeleteParams, ThreadDeleteResponse> THREAD_DELETE = new Method<>("thread/delete", ThreadDeleteParams.class, ThreadDeleteResponse.class, false);

	/**
	 * {@code thread/fork}.
	 */
	public static final Method<ThreadForkParams, ThreadForkResponse> THREAD_FORK = new Method<>("thread/fork", ThreadForkParams.class, ThreadForkResponse.class, false);

	/**
	 * {@code thread/goal/clear}.
	 */
	public static final Method<ThreadGoalClearParams, ThreadGoalClearResponse> THREAD_GOAL_CLEAR = new Method<>("thread/goal/clear", ThreadGoalClearParams.class, ThreadGoalClearResponse.class, false);

	/**
	 * {@code thread/goal/get}.
	 */
	public static final Method<ThreadGoalGetParams, ThreadGoalGetResponse> THREAD_GOAL_GET = new Method<>("thread/goal/get", ThreadGoalGetParams.class, ThreadGoalGetResponse.class, false);

	/**
	 * {@code thread/goal/set}.
	 */
	public static final Method<ThreadGoalSetParams, ThreadGoalSetResponse> THREAD_GOAL_SET = new Method<>("thread/goal/set", ThreadGoalSetParams.class, ThreadGoalSetResponse.class, false);

	/**
	 * {@code thread/guardianReview} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_GUARDIAN_REVIEW = new Method<>("thread/guardianReview", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/increment_elicitation} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_INCREMENT_ELICITATION = new Method<>("thread/increment_elicitation", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/inject_items}.
	 */
	public static final Method<ThreadInjectItemsParams, ThreadInjectItemsResponse> THREAD_INJECT_ITEMS = new Method<>("thread/inject_items", ThreadInjectItemsParams.class, ThreadInjectItemsResponse.class, false);

	/**
	 * {@code thread/items/list}.
	 */
	public static final Method<ThreadItemsListParams, ThreadItemsListResponse> THREAD_ITEMS_LIST = new Method<>("thread/items/list", ThreadItemsListParams.class, ThreadItemsListResponse.class, false);

	/**
	 * {@code thread/items/read} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_ITEMS_READ = new Method<>("thread/items/read", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/list}.
	 */
	public static final Method<ThreadListParams, ThreadListResponse> THREAD_LIST = new Method<>("thread/list", ThreadListParams.class, ThreadListResponse.class, false);

	/**
	 * {@code thread/loaded/list}.
	 */
	public static final Method<ThreadLoadedListParams, ThreadLoadedListResponse> THREAD_LOADED_LIST = new Method<>("thread/loaded/list", ThreadLoadedListParams.class, ThreadLoadedListResponse.class, false);

	/**
	 * {@code thread/memory/read} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_MEMORY_READ = new Method<>("thread/memory/read", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/memoryMode/set} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_MEMORY_MODE_SET = new Method<>("thread/memoryMode/set", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/metadata/update}.
	 */
	public static final Method<ThreadMetadataUpdateParams, ThreadMetadataUpdateResponse> THREAD_METADATA_UPDATE = new Method<>("thread/metadata/update", ThreadMetadataUpdateParams.class, ThreadMetadataUpdateResponse.class, false);

	/**
	 * {@code thread/name/set}.
	 */
	public static final Method<ThreadSetNameParams, ThreadSetNameResponse> THREAD_NAME_SET = new Method<>("thread/name/set", ThreadSetNameParams.class, ThreadSetNameResponse.class, false);

	/**
	 * {@code thread/prediction/request} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_PREDICTION_REQUEST = new Method<>("thread/prediction/request", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/prepareApprovedPlan} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_PREPARE_APPROVED_PLAN = new Method<>("thread/prepareApprovedPlan", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/queue/add} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_QUEUE_ADD = new Method<>("thread/queue/add", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/queue/delete} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_QUEUE_DELETE = new Method<>("thread/queue/delete", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/queue/list} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_QUEUE_LIST = new Method<>("thread/queue/list", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/queue/reorder} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_QUEUE_REORDER = new Method<>("thread/queue/reorder", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/queue/start} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_QUEUE_START = new Method<>("thread/queue/start", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/queue/update} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_QUEUE_UPDATE = new Method<>("thread/queue/update", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/read}.
	 */
	public static final Method<ThreadReadParams, ThreadReadResponse> THREAD_READ = new Method<>("thread/read", ThreadReadParams.class, ThreadReadResponse.class, false);

	/**
	 * {@code thread/readState/update} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_READ_STATE_UPDATE = new Method<>("thread/readState/update", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/realtime/appendAudio} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_REALTIME_APPEND_AUDIO = new Method<>("thread/realtime/appendAudio", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/realtime/appendSpeech} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_REALTIME_APPEND_SPEECH = new Method<>("thread/realtime/appendSpeech", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/realtime/appendText} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_REALTIME_APPEND_TEXT = new Method<>("thread/realtime/appendText", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/realtime/listVoices} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_REALTIME_LIST_VOICES = new Method<>("thread/realtime/listVoices", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/realtime/start} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_REALTIME_START = new Method<>("thread/realtime/start", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/realtime/stop} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_REALTIME_STOP = new Method<>("thread/realtime/stop", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/resume}.
	 */
	public static final Method<ThreadResumeParams, ThreadResumeResponse> THREAD_RESUME = new Method<>("thread/resume", ThreadResumeParams.class, ThreadResumeResponse.class, false);

	/**
	 * {@code thread/revert}.
	 */
	public static final Method<ThreadRevertParams, ThreadRevertResponse> THREAD_REVERT = new Method<>("thread/revert", ThreadRevertParams.class, ThreadRevertResponse.class, false);

	/**
	 * {@code thread/sample} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_SAMPLE = new Method<>("thread/sample", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/sample/cancel} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_SAMPLE_CANCEL = new Method<>("thread/sample/cancel", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/search} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_SEARCH = new Method<>("thread/search", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/searchOccurrences} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_SEARCH_OCCURRENCES = new Method<>("thread/searchOccurrences", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/section/move}.
	 */
	public static final Method<ThreadSectionMoveParams, ThreadSectionMoveResponse> THREAD_SECTION_MOVE = new Method<>("thread/section/move", ThreadSectionMoveParams.class, ThreadSectionMoveResponse.class, false);

	/**
	 * {@code thread/settings/update} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_SETTINGS_UPDATE = new Method<>("thread/settings/update", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/shellCommand}.
	 */
	public static final Method<ThreadShellCommandParams, ThreadShellCommandResponse> THREAD_SHELL_COMMAND = new Method<>("thread/shellCommand", ThreadShellCommandParams.class, ThreadShellCommandResponse.class, false);

	/**
	 * {@code thread/start}.
	 */
	public static final Method<ThreadStartParams, ThreadStartResponse> THREAD_START = new Method<>("thread/start", ThreadStartParams.class, ThreadStartResponse.class, false);

	/**
	 * {@code thread/timeline/list} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> THREAD_TIMELINE_LIST = new Method<>("thread/timeline/list", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code thread/turns/list}.
	 */
	public static final Method<ThreadTurnsListParams, ThreadTurnsListResponse> THREAD_TURNS_LIST = new Method<>("thread/turns/list", ThreadTurnsListParams.class, ThreadTurnsListResponse.class, false);

	/**
	 * {@code thread/unarchive}.
	 */
	public static final Method<ThreadUnarchiveParams, ThreadUnarchiveResponse> THREAD_UNARCHIVE = new Method<>("thread/unarchive", ThreadUnarchiveParams.class, ThreadUnarchiveResponse.class, false);

	/**
	 * {@code thread/unsubscribe}.
	 */
	public static final Method<ThreadUnsubscribeParams, ThreadUnsubscribeResponse> THREAD_UNSUBSCRIBE = new Method<>("thread/unsubscribe", ThreadUnsubscribeParams.class, ThreadUnsubscribeResponse.class, false);

	/**
	 * {@code threadSection/create}.
	 */
	public static final Method<ThreadSectionCreateParams, ThreadSectionCreateResponse> THREAD_SECTION_CREATE = new Method<>("threadSection/create", ThreadSectionCreateParams.class, ThreadSectionCreateResponse.class, false);

	/**
	 * {@code threadSection/delete}.
	 */
	public static final Method<ThreadSectionDeleteParams, ThreadSectionDeleteResponse> THREAD_SECTION_DELETE = new Method<>("threadSection/delete", ThreadSectionDeleteParams.class, ThreadSectionDeleteResponse.class, false);

	/**
	 * {@code threadSection/list}.
	 */
	public static final Method<ThreadSectionListParams, ThreadSectionListResponse> THREAD_SECTION_LIST = new Method<>("threadSection/list", ThreadSectionListParams.class, ThreadSectionListResponse.class, false);

	/**
	 * {@code threadSection/update}.
	 */
	public static final Method<ThreadSectionUpdateParams, ThreadSectionUpdateResponse> THREAD_SECTION_UPDATE = new Method<>("threadSection/update", ThreadSectionUpdateParams.class, ThreadSectionUpdateResponse.class, false);

	/**
	 * {@code turn/interrupt}.
	 */
	public static final Method<TurnInterruptParams, TurnInterruptResponse> TURN_INTERRUPT = new Method<>("turn/interrupt", TurnInterruptParams.class, TurnInterruptResponse.class, false);

	/**
	 * {@code turn/settings/update} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> TURN_SETTINGS_UPDATE = new Method<>("turn/settings/update", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code turn/start}.
	 */
	public static final Method<TurnStartParams, TurnStartResponse> TURN_START = new Method<>("turn/start", TurnStartParams.class, TurnStartResponse.class, false);

	/**
	 * {@code turn/steer}.
	 */
	public static final Method<TurnSteerParams, TurnSteerResponse> TURN_STEER = new Method<>("turn/steer", TurnSteerParams.class, TurnSteerResponse.class, false);

	/**
	 * {@code userVerification/cancel} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> USER_VERIFICATION_CANCEL = new Method<>("userVerification/cancel", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code userVerification/delete} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> USER_VERIFICATION_DELETE = new Method<>("userVerification/delete", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code userVerification/enroll} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> USER_VERIFICATION_ENROLL = new Method<>("userVerification/enroll", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code userVerification/status} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> USER_VERIFICATION_STATUS = new Method<>("userVerification/status", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code userVerification/verify} (experimental: only with {@code experimentalApi(true)}; params and result raw).
	 */
	public static final Method<JsonNode, JsonNode> USER_VERIFICATION_VERIFY = new Method<>("userVerification/verify", JsonNode.class, JsonNode.class, true);

	/**
	 * {@code windowsSandbox/readiness}.
	 */
	public static final Method<Void, WindowsSandboxReadinessResponse> WINDOWS_SANDBOX_READINESS = new Method<>("windowsSandbox/readiness", Void.class, WindowsSandboxReadinessResponse.class, false);

	/**
	 * {@code windowsSandbox/setupStart}.
	 */
	public static final Method<WindowsSandboxSetupStartParams, WindowsSandboxSetupStartResponse> WINDOWS_SANDBOX_SETUP_START = new Method<>("windowsSandbox/setupStart", WindowsSandboxSetupStartParams.class, WindowsSandboxSetupStartResponse.class, false);

}
