package dev.codexjava.protocol.generated;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * The protocol's {@code Config}.
 */
@SuppressWarnings("unused")
public record Config(
		@JsonProperty("analytics") @Nullable AnalyticsConfig analytics,
		@JsonProperty("approval_policy") @Nullable AskForApproval approvalPolicy,
		@JsonProperty("approvals_reviewer") @Nullable ApprovalsReviewer approvalsReviewer,
		@JsonProperty("browser_use") @Nullable BrowserUseConfig browserUse,
		@JsonProperty("client_search_provider") @Nullable WebSearchProvider clientSearchProvider,
		@JsonProperty("compact_prompt") @Nullable String compactPrompt,
		@JsonProperty("computer_use") @Nullable ComputerUseConfig computerUse,
		@JsonProperty("desktop") @Nullable JsonNode desktop,
		@JsonProperty("developer_instructions") @Nullable String developerInstructions,
		@JsonProperty("forced_chatgpt_workspace_id") @Nullable ForcedChatgptWorkspaceIds forcedChatgptWorkspaceId,
		@JsonProperty("forced_login_method") @Nullable ForcedLoginMethod forcedLoginMethod,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("model_auto_compact_token_limit") @Nullable Long modelAutoCompactTokenLimit,
		@JsonProperty("model_auto_compact_token_limit_scope") @Nullable AutoCompactTokenLimitScope modelAutoCompactTokenLimitScope,
		@JsonProperty("model_context_window") @Nullable Long modelContextWindow,
		@JsonProperty("model_provider") @Nullable String modelProvider,
		@JsonProperty("model_reasoning_effort") @Nullable String modelReasoningEffort,
		@JsonProperty("model_reasoning_summary") @Nullable ReasoningSummary modelReasoningSummary,
		@JsonProperty("model_verbosity") @Nullable Verbosity modelVerbosity,
		@JsonProperty("review_model") @Nullable String reviewModel,
		@JsonProperty("sandbox_mode") @Nullable SandboxMode sandboxMode,
		@JsonProperty("sandbox_workspace_write") @Nullable SandboxWorkspaceWrite sandboxWorkspaceWrite,
		@JsonProperty("service_tier") @Nullable String serviceTier,
		@JsonProperty("tools") @Nullable ToolsV2 tools,
		@JsonProperty("web_search") @Nullable WebSearchMode webSearch,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Config {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Config(@Nullable AnalyticsConfig analytics, @Nullable AskForApproval approvalPolicy, @Nullable ApprovalsReviewer approvalsReviewer, @Nullable BrowserUseConfig browserUse, @Nullable WebSearchProvider clientSearchProvider, @Nullable String compactPrompt, @Nullable ComputerUseConfig computerUse, @Nullable JsonNode desktop, @Nullable String developerInstructions, @Nullable ForcedChatgptWorkspaceIds forcedChatgptWorkspaceId, @Nullable ForcedLoginMethod forcedLoginMethod, @Nullable String instructions, @Nullable String model, @Nullable Long modelAutoCompactTokenLimit, @Nullable AutoCompactTokenLimitScope modelAutoCompactTokenLimitScope, @Nullable Long modelContextWindow, @Nullable String modelProvider, @Nullable String modelReasoningEffort, @Nullable ReasoningSummary modelReasoningSummary, @Nullable Verbosity modelVerbosity, @Nullable String reviewModel, @Nullable SandboxMode sandboxMode, @Nullable SandboxWorkspaceWrite sandboxWorkspaceWrite, @Nullable String serviceTier, @Nullable ToolsV2 tools, @Nullable WebSearchMode webSearch) {
		this(analytics, approvalPolicy, approvalsReviewer, browserUse, clientSearchProvider, compactPrompt, computerUse, desktop, developerInstructions, forcedChatgptWorkspaceId, forcedLoginMethod, instructions, model, modelAutoCompactTokenLimit, modelAutoCompactTokenLimitScope, modelContextWindow, modelProvider, modelReasoningEffort, modelReasoningSummary, modelVerbosity, reviewModel, sandboxMode, sandboxWorkspaceWrite, serviceTier, tools, webSearch, Map.of());
	}

}
