package dev.codexjava.protocol.generated;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.NotificationType;

/**
 * Every server notification of the protocol, typed. Experimental ones (raw JSON) need {@code experimentalApi(true)}.
 */
public final class Notifications {

	private Notifications() {
	}

	/** {@code account/gatewayOAuth/changed}. */
	public static final NotificationType<GatewayOAuthChangedNotification> ACCOUNT_GATEWAY_OAUTH_CHANGED = new NotificationType<>("account/gatewayOAuth/changed", GatewayOAuthChangedNotification.class, false);

	/** {@code account/login/completed}. */
	public static final NotificationType<AccountLoginCompletedNotification> ACCOUNT_LOGIN_COMPLETED = new NotificationType<>("account/login/completed", AccountLoginCompletedNotification.class, false);

	/** {@code account/rateLimits/updated}. */
	public static final NotificationType<AccountRateLimitsUpdatedNotification> ACCOUNT_RATE_LIMITS_UPDATED = new NotificationType<>("account/rateLimits/updated", AccountRateLimitsUpdatedNotification.class, false);

	/** {@code account/updated}. */
	public static final NotificationType<AccountUpdatedNotification> ACCOUNT_UPDATED = new NotificationType<>("account/updated", AccountUpdatedNotification.class, false);

	/** {@code app/list/updated}. */
	public static final NotificationType<AppListUpdatedNotification> APP_LIST_UPDATED = new NotificationType<>("app/list/updated", AppListUpdatedNotification.class, false);

	/** {@code autoApprovalReview/strictReviewRequired}. */
	public static final NotificationType<StrictReviewRequiredNotification> AUTO_APPROVAL_REVIEW_STRICT_REVIEW_REQUIRED = new NotificationType<>("autoApprovalReview/strictReviewRequired", StrictReviewRequiredNotification.class, false);

	/** {@code command/exec/outputDelta}. */
	public static final NotificationType<CommandExecOutputDeltaNotification> COMMAND_EXEC_OUTPUT_DELTA = new NotificationType<>("command/exec/outputDelta", CommandExecOutputDeltaNotification.class, false);

	/** {@code configWarning}. */
	public static final NotificationType<ConfigWarningNotification> CONFIG_WARNING = new NotificationType<>("configWarning", ConfigWarningNotification.class, false);

	/** {@code deprecationNotice}. */
	public static final NotificationType<DeprecationNoticeNotification> DEPRECATION_NOTICE = new NotificationType<>("deprecationNotice", DeprecationNoticeNotification.class, false);

	/** {@code error}. */
	public static final NotificationType<ErrorNotification> ERROR = new NotificationType<>("error", ErrorNotification.class, false);

	/** {@code externalAgentConfig/import/completed}. */
	public static final NotificationType<ExternalAgentConfigImportCompletedNotification> EXTERNAL_AGENT_CONFIG_IMPORT_COMPLETED = new NotificationType<>("externalAgentConfig/import/completed", ExternalAgentConfigImportCompletedNotification.class, false);

	/** {@code externalAgentConfig/import/progress}. */
	public static final NotificationType<ExternalAgentConfigImportProgressNotification> EXTERNAL_AGENT_CONFIG_IMPORT_PROGRESS = new NotificationType<>("externalAgentConfig/import/progress", ExternalAgentConfigImportProgressNotification.class, false);

	/** {@code fs/changed}. */
	public static final NotificationType<FsChangedNotification> FS_CHANGED = new NotificationType<>("fs/changed", FsChangedNotification.class, false);

	/** {@code fuzzyFileSearch/sessionCompleted}. */
	public static final NotificationType<FuzzyFileSearchSessionCompletedNotification> FUZZY_FILE_SEARCH_SESSION_COMPLETED = new NotificationType<>("fuzzyFileSearch/sessionCompleted", FuzzyFileSearchSessionCompletedNotification.class, false);

	/** {@code fuzzyFileSearch/sessionUpdated}. */
	public static final NotificationType<FuzzyFileSearchSessionUpdatedNotification> FUZZY_FILE_SEARCH_SESSION_UPDATED = new NotificationType<>("fuzzyFileSearch/sessionUpdated", FuzzyFileSearchSessionUpdatedNotification.class, false);

	/** {@code guardianWarning}. */
	public static final NotificationType<GuardianWarningNotification> GUARDIAN_WARNING = new NotificationType<>("guardianWarning", GuardianWarningNotification.class, false);

	/** {@code hook/completed}. */
	public static final NotificationType<HookCompletedNotification> HOOK_COMPLETED = new NotificationType<>("hook/completed", HookCompletedNotification.class, false);

	/** {@code hook/started}. */
	public static final NotificationType<HookStartedNotification> HOOK_STARTED = new NotificationType<>("hook/started", HookStartedNotification.class, false);

	/** {@code item/agentMessage/delta}. */
	public static final NotificationType<AgentMessageDeltaNotification> ITEM_AGENT_MESSAGE_DELTA = new NotificationType<>("item/agentMessage/delta", AgentMessageDeltaNotification.class, false);

	/** {@code item/autoApprovalReview/completed}. */
	public static final NotificationType<ItemGuardianApprovalReviewCompletedNotification> ITEM_AUTO_APPROVAL_REVIEW_COMPLETED = new NotificationType<>("item/autoApprovalReview/completed", ItemGuardianApprovalReviewCompletedNotification.class, false);

	/** {@code item/autoApprovalReview/started}. */
	public static final NotificationType<ItemGuardianApprovalReviewStartedNotification> ITEM_AUTO_APPROVAL_REVIEW_STARTED = new NotificationType<>("item/autoApprovalReview/started", ItemGuardianApprovalReviewStartedNotification.class, false);

	/** {@code item/commandExecution/outputDelta}. */
	public static final NotificationType<CommandExecutionOutputDeltaNotification> ITEM_COMMAND_EXECUTION_OUTPUT_DELTA = new NotificationType<>("item/commandExecution/outputDelta", CommandExecutionOutputDeltaNotification.class, false);

	/** {@code item/commandExecution/terminalInteraction}. */
	public static final NotificationType<TerminalInteractionNotification> ITEM_COMMAND_EXECUTION_TERMINAL_INTERACTION = new NotificationType<>("item/commandExecution/terminalInteraction", TerminalInteractionNotification.class, false);

	/** {@code item/completed}. */
	public static final NotificationType<ItemCompletedNotification> ITEM_COMPLETED = new NotificationType<>("item/completed", ItemCompletedNotification.class, false);

	/** {@code item/fileChange/outputDelta}. */
	public static final NotificationType<FileChangeOutputDeltaNotification> ITEM_FILE_CHANGE_OUTPUT_DELTA = new NotificationType<>("item/fileChange/outputDelta", FileChangeOutputDeltaNotification.class, false);

	/** {@code item/fileChange/patchUpdated}. */
	public static final NotificationType<FileChangePatchUpdatedNotification> ITEM_FILE_CHANGE_PATCH_UPDATED = new NotificationType<>("item/fileChange/patchUpdated", FileChangePatchUpdatedNotification.class, false);

	/** {@code item/mcpToolCall/progress}. */
	public static final NotificationType<McpToolCallProgressNotification> ITEM_MCP_TOOL_CALL_PROGRESS = new NotificationType<>("item/mcpToolCall/progress", McpToolCallProgressNotification.class, false);

	/** {@code item/plan/delta}. */
	public static final NotificationType<PlanDeltaNotification> ITEM_PLAN_DELTA = new NotificationType<>("item/plan/delta", PlanDeltaNotification.class, false);

	/** {@code item/reasoning/summaryPartAdded}. */
	public static final NotificationType<ReasoningSummaryPartAddedNotification> ITEM_REASONING_SUMMARY_PART_ADDED = new NotificationType<>("item/reasoning/summaryPartAdded", ReasoningSummaryPartAddedNotification.class, false);

	/** {@code item/reasoning/summaryTextDelta}. */
	public static final NotificationType<ReasoningSummaryTextDeltaNotification> ITEM_REASONING_SUMMARY_TEXT_DELTA = new NotificationType<>("item/reasoning/summaryTextDelta", ReasoningSummaryTextDeltaNotification.class, false);

	/** {@code item/reasoning/textDelta}. */
	public static final NotificationType<ReasoningTextDeltaNotification> ITEM_REASONING_TEXT_DELTA = new NotificationType<>("item/reasoning/textDelta", ReasoningTextDeltaNotification.class, false);

	/** {@code item/started}. */
	public static final NotificationType<ItemStartedNotification> ITEM_STARTED = new NotificationType<>("item/started", ItemStartedNotification.class, false);

	/** {@code mcpServer/event/stream/notification}. */
	public static final NotificationType<McpServerEventStreamNotification> MCP_SERVER_EVENT_STREAM_NOTIFICATION = new NotificationType<>("mcpServer/event/stream/notification", McpServerEventStreamNotification.class, false);

	/** {@code mcpServer/oauthLogin/completed}. */
	public static final NotificationType<McpServerOauthLoginCompletedNotification> MCP_SERVER_OAUTH_LOGIN_COMPLETED = new NotificationType<>("mcpServer/oauthLogin/completed", McpServerOauthLoginCompletedNotification.class, false);

	/** {@code mcpServer/startupStatus/updated}. */
	public static final NotificationType<McpServerStatusUpdatedNotification> MCP_SERVER_STARTUP_STATUS_UPDATED = new NotificationType<>("mcpServer/startupStatus/updated", McpServerStatusUpdatedNotification.class, false);

	/** {@code model/rerouted}. */
	public static final NotificationType<ModelReroutedNotification> MODEL_REROUTED = new NotificationType<>("model/rerouted", ModelReroutedNotification.class, false);

	/** {@code model/safetyBuffering/updated}. */
	public static final NotificationType<ModelSafetyBufferingUpdatedNotification> MODEL_SAFETY_BUFFERING_UPDATED = new NotificationType<>("model/safetyBuffering/updated", ModelSafetyBufferingUpdatedNotification.class, false);

	/** {@code model/verification}. */
	public static final NotificationType<ModelVerificationNotification> MODEL_VERIFICATION = new NotificationType<>("model/verification", ModelVerificationNotification.class, false);

	/** {@code modelProvider/authRecoveryCompleted}. */
	public static final NotificationType<AuthRecoveryNotification> MODEL_PROVIDER_AUTH_RECOVERY_COMPLETED = new NotificationType<>("modelProvider/authRecoveryCompleted", AuthRecoveryNotification.class, false);

	/** {@code modelProvider/authRecoveryStarted}. */
	public static final NotificationType<AuthRecoveryNotification> MODEL_PROVIDER_AUTH_RECOVERY_STARTED = new NotificationType<>("modelProvider/authRecoveryStarted", AuthRecoveryNotification.class, false);

	/** {@code process/exited}. */
	public static final NotificationType<ProcessExitedNotification> PROCESS_EXITED = new NotificationType<>("process/exited", ProcessExitedNotification.class, false);

	/** {@code process/outputDelta}. */
	public static final NotificationType<ProcessOutputDeltaNotification> PROCESS_OUTPUT_DELTA = new NotificationType<>("process/outputDelta", ProcessOutputDeltaNotification.class, false);

	/** {@code project/changed}. */
	public static final NotificationType<ProjectChangedNotification> PROJECT_CHANGED = new NotificationType<>("project/changed", ProjectChangedNotification.class, false);

	/** {@code remoteControl/status/changed}. */
	public static final NotificationType<RemoteControlStatusChangedNotification> REMOTE_CONTROL_STATUS_CHANGED = new NotificationType<>("remoteControl/status/changed", RemoteControlStatusChangedNotification.class, false);

	/** {@code serverRequest/resolved}. */
	public static final NotificationType<ServerRequestResolvedNotification> SERVER_REQUEST_RESOLVED = new NotificationType<>("serverRequest/resolved", ServerRequestResolvedNotification.class, false);

	/** {@code skills/changed}. */
	public static final NotificationType<SkillsChangedNotification> SKILLS_CHANGED = new NotificationType<>("skills/changed", SkillsChangedNotification.class, false);

	/** {@code thread/archived}. */
	public static final NotificationType<ThreadArchivedNotification> THREAD_ARCHIVED = new NotificationType<>("thread/archived", ThreadArchivedNotification.class, false);

	/** {@code thread/attachment/updated}. */
	public static final NotificationType<ThreadAttachmentUpdatedNotification> THREAD_ATTACHMENT_UPDATED = new NotificationType<>("thread/attachment/updated", ThreadAttachmentUpdatedNotification.class, false);

	/** {@code thread/closed}. */
	public static final NotificationType<ThreadClosedNotification> THREAD_CLOSED = new NotificationType<>("thread/closed", ThreadClosedNotification.class, false);

	/** {@code thread/compacted}. */
	public static final NotificationType<ContextCompactedNotification> THREAD_COMPACTED = new NotificationType<>("thread/compacted", ContextCompactedNotification.class, false);

	/** {@code thread/deleted}. */
	public static final NotificationType<ThreadDeletedNotification> THREAD_DELETED = new NotificationType<>("thread/deleted", ThreadDeletedNotification.class, false);

	/** {@code thread/environment/connected}. */
	public static final NotificationType<EnvironmentConnectionNotification> THREAD_ENVIRONMENT_CONNECTED = new NotificationType<>("thread/environment/connected", EnvironmentConnectionNotification.class, false);

	/** {@code thread/environment/disconnected}. */
	public static final NotificationType<EnvironmentConnectionNotification> THREAD_ENVIRONMENT_DISCONNECTED = new NotificationType<>("thread/environment/disconnected", EnvironmentConnectionNotification.class, false);

	/** {@code thread/goal/cleared}. */
	public static final NotificationType<ThreadGoalClearedNotification> THREAD_GOAL_CLEARED = new NotificationType<>("thread/goal/cleared", ThreadGoalClearedNotification.class, false);

	/** {@code thread/goal/updated}. */
	public static final NotificationType<ThreadGoalUpdatedNotification> THREAD_GOAL_UPDATED = new NotificationType<>("thread/goal/updated", ThreadGoalUpdatedNotification.class, false);

	/** {@code thread/name/updated}. */
	public static final NotificationType<ThreadNameUpdatedNotification> THREAD_NAME_UPDATED = new NotificationType<>("thread/name/updated", ThreadNameUpdatedNotification.class, false);

	/** {@code thread/prediction/updated}. */
	public static final NotificationType<ThreadPredictionUpdatedNotification> THREAD_PREDICTION_UPDATED = new NotificationType<>("thread/prediction/updated", ThreadPredictionUpdatedNotification.class, false);

	/** {@code thread/project/updated}. */
	public static final NotificationType<ThreadProjectUpdatedNotification> THREAD_PROJECT_UPDATED = new NotificationType<>("thread/project/updated", ThreadProjectUpdatedNotification.class, false);

	/** {@code thread/queue/changed}. */
	public static final NotificationType<ThreadQueueChangedNotification> THREAD_QUEUE_CHANGED = new NotificationType<>("thread/queue/changed", ThreadQueueChangedNotification.class, false);

	/** {@code thread/readState/changed}. */
	public static final NotificationType<ThreadReadStateChangedNotification> THREAD_READ_STATE_CHANGED = new NotificationType<>("thread/readState/changed", ThreadReadStateChangedNotification.class, false);

	/** {@code thread/realtime/closed}. */
	public static final NotificationType<ThreadRealtimeClosedNotification> THREAD_REALTIME_CLOSED = new NotificationType<>("thread/realtime/closed", ThreadRealtimeClosedNotification.class, false);

	/** {@code thread/realtime/error}. */
	public static final NotificationType<ThreadRealtimeErrorNotification> THREAD_REALTIME_ERROR = new NotificationType<>("thread/realtime/error", ThreadRealtimeErrorNotification.class, false);

	/** {@code thread/realtime/item/completed}. */
	public static final NotificationType<ThreadRealtimeItemCompletedNotification> THREAD_REALTIME_ITEM_COMPLETED = new NotificationType<>("thread/realtime/item/completed", ThreadRealtimeItemCompletedNotification.class, false);

	/** {@code thread/realtime/item/started}. */
	public static final NotificationType<ThreadRealtimeItemStartedNotification> THREAD_REALTIME_ITEM_STARTED = new NotificationType<>("thread/realtime/item/started", ThreadRealtimeItemStartedNotification.class, false);

	/** {@code thread/realtime/item/transcript/delta}. */
	public static final NotificationType<ThreadRealtimeItemTranscriptDeltaNotification> THREAD_REALTIME_ITEM_TRANSCRIPT_DELTA = new NotificationType<>("thread/realtime/item/transcript/delta", ThreadRealtimeItemTranscriptDeltaNotification.class, false);

	/** {@code thread/realtime/itemAdded}. */
	public static final NotificationType<ThreadRealtimeItemAddedNotification> THREAD_REALTIME_ITEM_ADDED = new NotificationType<>("thread/realtime/itemAdded", ThreadRealtimeItemAddedNotification.class, false);

	/** {@code thread/realtime/outputAudio/delta}. */
	public static final NotificationType<ThreadRealtimeOutputAudioDeltaNotification> THREAD_REALTIME_OUTPUT_AUDIO_DELTA = new NotificationType<>("thread/realtime/outputAudio/delta", ThreadRealtimeOutputAudioDeltaNotification.class, false);

	/** {@code thread/realtime/sdp}. */
	public static final NotificationType<ThreadRealtimeSdpNotification> THREAD_REALTIME_SDP = new NotificationType<>("thread/realtime/sdp", ThreadRealtimeSdpNotification.class, false);

	/** {@code thread/realtime/started}. */
	public static final NotificationType<ThreadRealtimeStartedNotification> THREAD_REALTIME_STARTED = new NotificationType<>("thread/realtime/started", ThreadRealtimeStartedNotification.class, false);

	/** {@code thread/realtime/transcript/delta}. */
	public static final NotificationType<ThreadRealtimeTranscriptDeltaNotification> THREAD_REALTIME_TRANSCRIPT_DELTA = new NotificationType<>("thread/realtime/transcript/delta", ThreadRealtimeTranscriptDeltaNotification.class, false);

	/** {@code thread/realtime/transcript/done}. */
	public static final NotificationType<ThreadRealtimeTranscriptDoneNotification> THREAD_REALTIME_TRANSCRIPT_DONE = new NotificationType<>("thread/realtime/transcript/done", ThreadRealtimeTranscriptDoneNotification.class, false);

	/** {@code thread/reverted}. */
	public static final NotificationType<ThreadRevertedNotification> THREAD_REVERTED = new NotificationType<>("thread/reverted", ThreadRevertedNotification.class, false);

	/** {@code thread/section/changed}. */
	public static final NotificationType<ThreadSectionChangedNotification> THREAD_SECTION_CHANGED = new NotificationType<>("thread/section/changed", ThreadSectionChangedNotification.class, false);

	/** {@code thread/settings/updated}. */
	public static final NotificationType<ThreadSettingsUpdatedNotification> THREAD_SETTINGS_UPDATED = new NotificationType<>("thread/settings/updated", ThreadSettingsUpdatedNotification.class, false);

	/** {@code thread/started}. */
	public static final NotificationType<ThreadStartedNotification> THREAD_STARTED = new NotificationType<>("thread/started", ThreadStartedNotification.class, false);

	/** {@code thread/status/changed}. */
	public static final NotificationType<ThreadStatusChangedNotification> THREAD_STATUS_CHANGED = new NotificationType<>("thread/status/changed", ThreadStatusChangedNotification.class, false);

	/** {@code thread/tokenUsage/updated}. */
	public static final NotificationType<ThreadTokenUsageUpdatedNotification> THREAD_TOKEN_USAGE_UPDATED = new NotificationType<>("thread/tokenUsage/updated", ThreadTokenUsageUpdatedNotification.class, false);

	/** {@code thread/unarchived}. */
	public static final NotificationType<ThreadUnarchivedNotification> THREAD_UNARCHIVED = new NotificationType<>("thread/unarchived", ThreadUnarchivedNotification.class, false);

	/** {@code turn/completed}. */
	public static final NotificationType<TurnCompletedNotification> TURN_COMPLETED = new NotificationType<>("turn/completed", TurnCompletedNotification.class, false);

	/** {@code turn/diff/updated}. */
	public static final NotificationType<TurnDiffUpdatedNotification> TURN_DIFF_UPDATED = new NotificationType<>("turn/diff/updated", TurnDiffUpdatedNotification.class, false);

	/** {@code turn/moderationMetadata}. */
	public static final NotificationType<TurnModerationMetadataNotification> TURN_MODERATION_METADATA = new NotificationType<>("turn/moderationMetadata", TurnModerationMetadataNotification.class, false);

	/** {@code turn/plan/updated}. */
	public static final NotificationType<TurnPlanUpdatedNotification> TURN_PLAN_UPDATED = new NotificationType<>("turn/plan/updated", TurnPlanUpdatedNotification.class, false);

	/** {@code turn/started}. */
	public static final NotificationType<TurnStartedNotification> TURN_STARTED = new NotificationType<>("turn/started", TurnStartedNotification.class, false);

	/** {@code warning}. */
	public static final NotificationType<WarningNotification> WARNING = new NotificationType<>("warning", WarningNotification.class, false);

	/** {@code windows/worldWritableWarning}. */
	public static final NotificationType<WindowsWorldWritableWarningNotification> WINDOWS_WORLD_WRITABLE_WARNING = new NotificationType<>("windows/worldWritableWarning", WindowsWorldWritableWarningNotification.class, false);

	/** {@code windowsSandbox/setupCompleted}. */
	public static final NotificationType<WindowsSandboxSetupCompletedNotification> WINDOWS_SANDBOX_SETUP_COMPLETED = new NotificationType<>("windowsSandbox/setupCompleted", WindowsSandboxSetupCompletedNotification.class, false);

}
