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

/**
 * The protocol's {@code Config}.
 */
@SuppressWarnings("unused")
public record Config(
		@JsonProperty("analytics") AnalyticsConfig analytics,
		@JsonProperty("approval_policy") AskForApproval approvalPolicy,
		@JsonProperty("approvals_reviewer") ApprovalsReviewer approvalsReviewer,
		@JsonProperty("browser_use") BrowserUseConfig browserUse,
		@JsonProperty("client_search_provider") WebSearchProvider clientSearchProvider,
		@JsonProperty("compact_prompt") String compactPrompt,
		@JsonProperty("computer_use") ComputerUseConfig computerUse,
		@JsonProperty("desktop") JsonNode desktop,
		@JsonProperty("developer_instructions") String developerInstructions,
		@JsonProperty("forced_chatgpt_workspace_id") ForcedChatgptWorkspaceIds forcedChatgptWorkspaceId,
		@JsonProperty("forced_login_method") ForcedLoginMethod forcedLoginMethod,
		@JsonProperty("instructions") String instructions,
		@JsonProperty("model") String model,
		@JsonProperty("model_auto_compact_token_limit") Long modelAutoCompactTokenLimit,
		@JsonProperty("model_auto_compact_token_limit_scope") AutoCompactTokenLimitScope modelAutoCompactTokenLimitScope,
		@JsonProperty("model_context_window") Long modelContextWindow,
		@JsonProperty("model_provider") String modelProvider,
		@JsonProperty("model_reasoning_effort") String modelReasoningEffort,
		@JsonProperty("model_reasoning_summary") ReasoningSummary modelReasoningSummary,
		@JsonProperty("model_verbosity") Verbosity modelVerbosity,
		@JsonProperty("review_model") String reviewModel,
		@JsonProperty("sandbox_mode") SandboxMode sandboxMode,
		@JsonProperty("sandbox_workspace_write") SandboxWorkspaceWrite sandboxWorkspaceWrite,
		@JsonProperty("service_tier") String serviceTier,
		@JsonProperty("tools") ToolsV2 tools,
		@JsonProperty("web_search") WebSearchMode webSearch,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Config {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Config(AnalyticsConfig analytics, AskForApproval approvalPolicy, ApprovalsReviewer approvalsReviewer, BrowserUseConfig browserUse, WebSearchProvider clientSearchProvider, String compactPrompt, ComputerUseConfig computerUse, JsonNode desktop, String developerInstructions, ForcedChatgptWorkspaceIds forcedChatgptWorkspaceId, ForcedLoginMethod forcedLoginMethod, String instructions, String model, Long modelAutoCompactTokenLimit, AutoCompactTokenLimitScope modelAutoCompactTokenLimitScope, Long modelContextWindow, String modelProvider, String modelReasoningEffort, ReasoningSummary modelReasoningSummary, Verbosity modelVerbosity, String reviewModel, SandboxMode sandboxMode, SandboxWorkspaceWrite sandboxWorkspaceWrite, String serviceTier, ToolsV2 tools, WebSearchMode webSearch) {
		this(analytics, approvalPolicy, approvalsReviewer, browserUse, clientSearchProvider, compactPrompt, computerUse, desktop, developerInstructions, forcedChatgptWorkspaceId, forcedLoginMethod, instructions, model, modelAutoCompactTokenLimit, modelAutoCompactTokenLimitScope, modelContextWindow, modelProvider, modelReasoningEffort, modelReasoningSummary, modelVerbosity, reviewModel, sandboxMode, sandboxWorkspaceWrite, serviceTier, tools, webSearch, Map.of());
	}

}
