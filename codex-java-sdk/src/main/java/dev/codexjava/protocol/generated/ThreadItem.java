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
 * A thread item and its recorded lifecycle times. The payload stays flat on the wire. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ThreadItem.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ThreadItem.UserMessage.class, name = "userMessage"),
		@JsonSubTypes.Type(value = ThreadItem.HookPrompt.class, name = "hookPrompt"),
		@JsonSubTypes.Type(value = ThreadItem.AgentMessage.class, name = "agentMessage"),
		@JsonSubTypes.Type(value = ThreadItem.FunctionCallOutput.class, name = "functionCallOutput"),
		@JsonSubTypes.Type(value = ThreadItem.Plan.class, name = "plan"),
		@JsonSubTypes.Type(value = ThreadItem.Reasoning.class, name = "reasoning"),
		@JsonSubTypes.Type(value = ThreadItem.CommandExecution.class, name = "commandExecution"),
		@JsonSubTypes.Type(value = ThreadItem.FileChange.class, name = "fileChange"),
		@JsonSubTypes.Type(value = ThreadItem.McpToolCall.class, name = "mcpToolCall"),
		@JsonSubTypes.Type(value = ThreadItem.DynamicToolCall.class, name = "dynamicToolCall"),
		@JsonSubTypes.Type(value = ThreadItem.CollabAgentToolCall.class, name = "collabAgentToolCall"),
		@JsonSubTypes.Type(value = ThreadItem.SubAgentActivity.class, name = "subAgentActivity"),
		@JsonSubTypes.Type(value = ThreadItem.WebSearch.class, name = "webSearch"),
		@JsonSubTypes.Type(value = ThreadItem.ImageView.class, name = "imageView"),
		@JsonSubTypes.Type(value = ThreadItem.Sleep.class, name = "sleep"),
		@JsonSubTypes.Type(value = ThreadItem.ImageGeneration.class, name = "imageGeneration"),
		@JsonSubTypes.Type(value = ThreadItem.EnteredReviewMode.class, name = "enteredReviewMode"),
		@JsonSubTypes.Type(value = ThreadItem.ExitedReviewMode.class, name = "exitedReviewMode"),
		@JsonSubTypes.Type(value = ThreadItem.ContextCompaction.class, name = "contextCompaction") })
public sealed interface ThreadItem {

	/**
	 * The {@code userMessage} variant.
	 */
	public record UserMessage(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("clientId") @Nullable String clientId,
			@JsonProperty("content") List<UserInput> content,
			@JsonProperty("id") String id,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public UserMessage {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public UserMessage(@Nullable Long completedAtMs, @Nullable Long startedAtMs, @Nullable String clientId, List<UserInput> content, String id) {
			this(completedAtMs, startedAtMs, clientId, content, id, Map.of());
		}

	}

	/**
	 * The {@code hookPrompt} variant.
	 */
	public record HookPrompt(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("fragments") List<HookPromptFragment> fragments,
			@JsonProperty("id") String id,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public HookPrompt {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public HookPrompt(@Nullable Long completedAtMs, @Nullable Long startedAtMs, List<HookPromptFragment> fragments, String id) {
			this(completedAtMs, startedAtMs, fragments, id, Map.of());
		}

	}

	/**
	 * The {@code agentMessage} variant.
	 */
	public record AgentMessage(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("delivery") @Nullable AgentMessageDelivery delivery,
			@JsonProperty("id") String id,
			@JsonProperty("memoryCitation") @Nullable MemoryCitation memoryCitation,
			@JsonProperty("moderation") @Nullable AgentMessageModeration moderation,
			@JsonProperty("phase") @Nullable MessagePhase phase,
			@JsonProperty("questions") @Nullable List<AsyncUserInputQuestion> questions,
			@JsonProperty("text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public AgentMessage {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public AgentMessage(@Nullable Long completedAtMs, @Nullable Long startedAtMs, @Nullable AgentMessageDelivery delivery, String id, @Nullable MemoryCitation memoryCitation, @Nullable AgentMessageModeration moderation, @Nullable MessagePhase phase, @Nullable List<AsyncUserInputQuestion> questions, String text) {
			this(completedAtMs, startedAtMs, delivery, id, memoryCitation, moderation, phase, questions, text, Map.of());
		}

	}

	/**
	 * The {@code functionCallOutput} variant.
	 */
	public record FunctionCallOutput(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("id") String id,
			@JsonProperty("name") String name,
			@JsonProperty("namespace") @Nullable String namespace,
			@JsonProperty("output") FunctionCallOutputBody output,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public FunctionCallOutput {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public FunctionCallOutput(@Nullable Long completedAtMs, @Nullable Long startedAtMs, String id, String name, @Nullable String namespace, FunctionCallOutputBody output) {
			this(completedAtMs, startedAtMs, id, name, namespace, output, Map.of());
		}

	}

	/**
	 * The {@code plan} variant. EXPERIMENTAL - proposed plan item content. The completed plan item is authoritative and may not match the concatenation of `PlanDelta` text.
	 */
	public record Plan(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("id") String id,
			@JsonProperty("text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Plan {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Plan(@Nullable Long completedAtMs, @Nullable Long startedAtMs, String id, String text) {
			this(completedAtMs, startedAtMs, id, text, Map.of());
		}

	}

	/**
	 * The {@code reasoning} variant.
	 */
	public record Reasoning(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("content") @Nullable List<String> content,
			@JsonProperty("id") String id,
			@JsonProperty("summary") @Nullable List<String> summary,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Reasoning {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Reasoning(@Nullable Long completedAtMs, @Nullable Long startedAtMs, @Nullable List<String> content, String id, @Nullable List<String> summary) {
			this(completedAtMs, startedAtMs, content, id, summary, Map.of());
		}

	}

	/**
	 * The {@code commandExecution} variant.
	 */
	public record CommandExecution(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("aggregatedOutput") @Nullable String aggregatedOutput,
			@JsonProperty("command") String command,
			@JsonProperty("commandActions") List<CommandAction> commandActions,
			@JsonProperty("cwd") JsonNode cwd,
			@JsonProperty("durationMs") @Nullable Long durationMs,
			@JsonProperty("exitCode") @Nullable Long exitCode,
			@JsonProperty("id") String id,
			@JsonProperty("pluginId") @Nullable String pluginId,
			@JsonProperty("processId") @Nullable String processId,
			@JsonProperty("scriptPath") @Nullable String scriptPath,
			@JsonProperty("source") @Nullable JsonNode source,
			@JsonProperty("status") CommandExecutionStatus status,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public CommandExecution {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public CommandExecution(@Nullable Long completedAtMs, @Nullable Long startedAtMs, @Nullable String aggregatedOutput, String command, List<CommandAction> commandActions, JsonNode cwd, @Nullable Long durationMs, @Nullable Long exitCode, String id, @Nullable String pluginId, @Nullable String processId, @Nullable String scriptPath, @Nullable JsonNode source, CommandExecutionStatus status) {
			this(completedAtMs, startedAtMs, aggregatedOutput, command, commandActions, cwd, durationMs, exitCode, id, pluginId, processId, scriptPath, source, status, Map.of());
		}

	}

	/**
	 * The {@code fileChange} variant.
	 */
	public record FileChange(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("changes") List<FileUpdateChange> changes,
			@JsonProperty("id") String id,
			@JsonProperty("status") PatchApplyStatus status,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public FileChange {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public FileChange(@Nullable Long completedAtMs, @Nullable Long startedAtMs, List<FileUpdateChange> changes, String id, PatchApplyStatus status) {
			this(completedAtMs, startedAtMs, changes, id, status, Map.of());
		}

	}

	/**
	 * The {@code mcpToolCall} variant.
	 */
	public record McpToolCall(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("appContext") @Nullable McpToolCallAppContext appContext,
			@JsonProperty("arguments") @Nullable JsonNode arguments,
			@JsonProperty("durationMs") @Nullable Long durationMs,
			@JsonProperty("error") @Nullable McpToolCallError error,
			@JsonProperty("id") String id,
			@JsonProperty("mcpAppResourceUri") @Nullable String mcpAppResourceUri,
			@JsonProperty("mcpAppUi") @Nullable McpAppUi mcpAppUi,
			@JsonProperty("pluginId") @Nullable String pluginId,
			@JsonProperty("readOnlyHint") @Nullable Boolean readOnlyHint,
			@JsonProperty("result") @Nullable McpToolCallResult result,
			@JsonProperty("server") String server,
			@JsonProperty("status") McpToolCallStatus status,
			@JsonProperty("tool") String tool,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public McpToolCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public McpToolCall(@Nullable Long completedAtMs, @Nullable Long startedAtMs, @Nullable McpToolCallAppContext appContext, @Nullable JsonNode arguments, @Nullable Long durationMs, @Nullable McpToolCallError error, String id, @Nullable String mcpAppResourceUri, @Nullable McpAppUi mcpAppUi, @Nullable String pluginId, @Nullable Boolean readOnlyHint, @Nullable McpToolCallResult result, String server, McpToolCallStatus status, String tool) {
			this(completedAtMs, startedAtMs, appContext, arguments, durationMs, error, id, mcpAppResourceUri, mcpAppUi, pluginId, readOnlyHint, result, server, status, tool, Map.of());
		}

	}

	/**
	 * The {@code dynamicToolCall} variant.
	 */
	public record DynamicToolCall(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("arguments") @Nullable JsonNode arguments,
			@JsonProperty("contentItems") @Nullable List<DynamicToolCallOutputContentItem> contentItems,
			@JsonProperty("durationMs") @Nullable Long durationMs,
			@JsonProperty("id") String id,
			@JsonProperty("namespace") @Nullable String namespace,
			@JsonProperty("status") DynamicToolCallStatus status,
			@JsonProperty("success") @Nullable Boolean success,
			@JsonProperty("tool") String tool,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public DynamicToolCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public DynamicToolCall(@Nullable Long completedAtMs, @Nullable Long startedAtMs, @Nullable JsonNode arguments, @Nullable List<DynamicToolCallOutputContentItem> contentItems, @Nullable Long durationMs, String id, @Nullable String namespace, DynamicToolCallStatus status, @Nullable Boolean success, String tool) {
			this(completedAtMs, startedAtMs, arguments, contentItems, durationMs, id, namespace, status, success, tool, Map.of());
		}

	}

	/**
	 * The {@code collabAgentToolCall} variant.
	 */
	public record CollabAgentToolCall(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("agentsStates") Map<String, CollabAgentState> agentsStates,
			@JsonProperty("id") String id,
			@JsonProperty("model") @Nullable String model,
			@JsonProperty("prompt") @Nullable String prompt,
			@JsonProperty("reasoningEffort") @Nullable String reasoningEffort,
			@JsonProperty("receiverThreadIds") List<String> receiverThreadIds,
			@JsonProperty("senderThreadId") String senderThreadId,
			@JsonProperty("status") JsonNode status,
			@JsonProperty("tool") JsonNode tool,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public CollabAgentToolCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public CollabAgentToolCall(@Nullable Long completedAtMs, @Nullable Long startedAtMs, Map<String, CollabAgentState> agentsStates, String id, @Nullable String model, @Nullable String prompt, @Nullable String reasoningEffort, List<String> receiverThreadIds, String senderThreadId, JsonNode status, JsonNode tool) {
			this(completedAtMs, startedAtMs, agentsStates, id, model, prompt, reasoningEffort, receiverThreadIds, senderThreadId, status, tool, Map.of());
		}

	}

	/**
	 * The {@code subAgentActivity} variant.
	 */
	public record SubAgentActivity(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("agentPath") String agentPath,
			@JsonProperty("agentThreadId") String agentThreadId,
			@JsonProperty("id") String id,
			@JsonProperty("kind") SubAgentActivityKind kind,
			@JsonProperty("model") @Nullable String model,
			@JsonProperty("reasoningEffort") @Nullable String reasoningEffort,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public SubAgentActivity {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public SubAgentActivity(@Nullable Long completedAtMs, @Nullable Long startedAtMs, String agentPath, String agentThreadId, String id, SubAgentActivityKind kind, @Nullable String model, @Nullable String reasoningEffort) {
			this(completedAtMs, startedAtMs, agentPath, agentThreadId, id, kind, model, reasoningEffort, Map.of());
		}

	}

	/**
	 * The {@code webSearch} variant.
	 */
	public record WebSearch(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("action") @Nullable WebSearchAction action,
			@JsonProperty("id") String id,
			@JsonProperty("query") String query,
			@JsonProperty("results") @Nullable JsonNode results,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public WebSearch {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public WebSearch(@Nullable Long completedAtMs, @Nullable Long startedAtMs, @Nullable WebSearchAction action, String id, String query, @Nullable JsonNode results) {
			this(completedAtMs, startedAtMs, action, id, query, results, Map.of());
		}

	}

	/**
	 * The {@code imageView} variant.
	 */
	public record ImageView(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("id") String id,
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ImageView {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ImageView(@Nullable Long completedAtMs, @Nullable Long startedAtMs, String id, String path) {
			this(completedAtMs, startedAtMs, id, path, Map.of());
		}

	}

	/**
	 * The {@code sleep} variant. Display item emitted by the interruptible `clock.sleep` tool.
	 */
	public record Sleep(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("durationMs") Long durationMs,
			@JsonProperty("id") String id,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Sleep {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Sleep(@Nullable Long completedAtMs, @Nullable Long startedAtMs, Long durationMs, String id) {
			this(completedAtMs, startedAtMs, durationMs, id, Map.of());
		}

	}

	/**
	 * The {@code imageGeneration} variant. Either inline generated-image data or its durable attachment-store identity.
	 */
	public record ImageGeneration(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("failure") @Nullable ImageGenerationFailure failure,
			@JsonProperty("generationId") @Nullable String generationId,
			@JsonProperty("id") String id,
			@JsonProperty("inputImages") @Nullable List<ImageGenerationInputImage> inputImages,
			@JsonProperty("revisedPrompt") @Nullable String revisedPrompt,
			@JsonProperty("savedPath") @Nullable String savedPath,
			@JsonProperty("status") String status,
			@JsonProperty("transparentBackground") @Nullable Boolean transparentBackground,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ImageGeneration {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ImageGeneration(@Nullable Long completedAtMs, @Nullable Long startedAtMs, @Nullable ImageGenerationFailure failure, @Nullable String generationId, String id, @Nullable List<ImageGenerationInputImage> inputImages, @Nullable String revisedPrompt, @Nullable String savedPath, String status, @Nullable Boolean transparentBackground) {
			this(completedAtMs, startedAtMs, failure, generationId, id, inputImages, revisedPrompt, savedPath, status, transparentBackground, Map.of());
		}

	}

	/**
	 * The {@code enteredReviewMode} variant.
	 */
	public record EnteredReviewMode(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("id") String id,
			@JsonProperty("review") String review,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public EnteredReviewMode {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public EnteredReviewMode(@Nullable Long completedAtMs, @Nullable Long startedAtMs, String id, String review) {
			this(completedAtMs, startedAtMs, id, review, Map.of());
		}

	}

	/**
	 * The {@code exitedReviewMode} variant.
	 */
	public record ExitedReviewMode(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("id") String id,
			@JsonProperty("review") String review,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ExitedReviewMode {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ExitedReviewMode(@Nullable Long completedAtMs, @Nullable Long startedAtMs, String id, String review) {
			this(completedAtMs, startedAtMs, id, review, Map.of());
		}

	}

	/**
	 * The {@code contextCompaction} variant.
	 */
	public record ContextCompaction(
			@JsonProperty("completedAtMs") @Nullable Long completedAtMs,
			@JsonProperty("startedAtMs") @Nullable Long startedAtMs,
			@JsonProperty("id") String id,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ContextCompaction {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ContextCompaction(@Nullable Long completedAtMs, @Nullable Long startedAtMs, String id) {
			this(completedAtMs, startedAtMs, id, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadItem {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
