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
 * The protocol's {@code ResponseItem}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ResponseItem.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ResponseItem.AdditionalTools.class, name = "additional_tools"),
		@JsonSubTypes.Type(value = ResponseItem.Message.class, name = "message"),
		@JsonSubTypes.Type(value = ResponseItem.AgentMessage.class, name = "agent_message"),
		@JsonSubTypes.Type(value = ResponseItem.Reasoning.class, name = "reasoning"),
		@JsonSubTypes.Type(value = ResponseItem.LocalShellCall.class, name = "local_shell_call"),
		@JsonSubTypes.Type(value = ResponseItem.FunctionCall.class, name = "function_call"),
		@JsonSubTypes.Type(value = ResponseItem.ToolSearchCall.class, name = "tool_search_call"),
		@JsonSubTypes.Type(value = ResponseItem.FunctionCallOutput.class, name = "function_call_output"),
		@JsonSubTypes.Type(value = ResponseItem.CustomToolCall.class, name = "custom_tool_call"),
		@JsonSubTypes.Type(value = ResponseItem.CustomToolCallOutput.class, name = "custom_tool_call_output"),
		@JsonSubTypes.Type(value = ResponseItem.ToolSearchOutput.class, name = "tool_search_output"),
		@JsonSubTypes.Type(value = ResponseItem.WebSearchCall.class, name = "web_search_call"),
		@JsonSubTypes.Type(value = ResponseItem.ImageGenerationCall.class, name = "image_generation_call"),
		@JsonSubTypes.Type(value = ResponseItem.Compaction.class, name = "compaction"),
		@JsonSubTypes.Type(value = ResponseItem.ConfigurationUpdate.class, name = "configuration_update"),
		@JsonSubTypes.Type(value = ResponseItem.CompactionTrigger.class, name = "compaction_trigger"),
		@JsonSubTypes.Type(value = ResponseItem.ContextCompaction.class, name = "context_compaction"),
		@JsonSubTypes.Type(value = ResponseItem.Other.class, name = "other") })
public sealed interface ResponseItem {

	/**
	 * The {@code additional_tools} variant.
	 */
	public record AdditionalTools(
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("role") String role,
			@JsonProperty("tools") JsonNode tools,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public AdditionalTools {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public AdditionalTools(@Nullable String id, String role, JsonNode tools) {
			this(id, role, tools, Map.of());
		}

	}

	/**
	 * The {@code message} variant.
	 */
	public record Message(
			@JsonProperty("content") List<ContentItem> content,
			@JsonProperty("encrypted_content") @Nullable String encryptedContent,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("phase") @Nullable MessagePhase phase,
			@JsonProperty("role") String role,
			@JsonProperty("status") @Nullable String status,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Message {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Message(List<ContentItem> content, @Nullable String encryptedContent, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, @Nullable MessagePhase phase, String role, @Nullable String status) {
			this(content, encryptedContent, id, internalChatMessageMetadataPassthrough, phase, role, status, Map.of());
		}

	}

	/**
	 * The {@code agent_message} variant.
	 */
	public record AgentMessage(
			@JsonProperty("author") String author,
			@JsonProperty("content") List<AgentMessageInputContent> content,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("recipient") String recipient,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public AgentMessage {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public AgentMessage(String author, List<AgentMessageInputContent> content, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, String recipient) {
			this(author, content, id, internalChatMessageMetadataPassthrough, recipient, Map.of());
		}

	}

	/**
	 * The {@code reasoning} variant.
	 */
	public record Reasoning(
			@JsonProperty("content") @Nullable List<ReasoningItemContent> content,
			@JsonProperty("encrypted_content") @Nullable String encryptedContent,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("summary") List<ReasoningItemReasoningSummary> summary,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Reasoning {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Reasoning(@Nullable List<ReasoningItemContent> content, @Nullable String encryptedContent, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, List<ReasoningItemReasoningSummary> summary) {
			this(content, encryptedContent, id, internalChatMessageMetadataPassthrough, summary, Map.of());
		}

	}

	/**
	 * The {@code local_shell_call} variant.
	 */
	public record LocalShellCall(
			@JsonProperty("action") LocalShellAction action,
			@JsonProperty("call_id") @Nullable String callId,
			@JsonProperty("encrypted_content") @Nullable String encryptedContent,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("status") LocalShellStatus status,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public LocalShellCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public LocalShellCall(LocalShellAction action, @Nullable String callId, @Nullable String encryptedContent, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, LocalShellStatus status) {
			this(action, callId, encryptedContent, id, internalChatMessageMetadataPassthrough, status, Map.of());
		}

	}

	/**
	 * The {@code function_call} variant.
	 */
	public record FunctionCall(
			@JsonProperty("arguments") String arguments,
			@JsonProperty("call_id") String callId,
			@JsonProperty("encrypted_content") @Nullable String encryptedContent,
			@JsonProperty("encrypted_function_args") @Nullable List<String> encryptedFunctionArgs,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("name") String name,
			@JsonProperty("namespace") @Nullable String namespace,
			@JsonProperty("status") @Nullable String status,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public FunctionCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public FunctionCall(String arguments, String callId, @Nullable String encryptedContent, @Nullable List<String> encryptedFunctionArgs, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, String name, @Nullable String namespace, @Nullable String status) {
			this(arguments, callId, encryptedContent, encryptedFunctionArgs, id, internalChatMessageMetadataPassthrough, name, namespace, status, Map.of());
		}

	}

	/**
	 * The {@code tool_search_call} variant.
	 */
	public record ToolSearchCall(
			@JsonProperty("arguments") @Nullable JsonNode arguments,
			@JsonProperty("call_id") @Nullable String callId,
			@JsonProperty("encrypted_content") @Nullable String encryptedContent,
			@JsonProperty("execution") String execution,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("status") @Nullable String status,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ToolSearchCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ToolSearchCall(@Nullable JsonNode arguments, @Nullable String callId, @Nullable String encryptedContent, String execution, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, @Nullable String status) {
			this(arguments, callId, encryptedContent, execution, id, internalChatMessageMetadataPassthrough, status, Map.of());
		}

	}

	/**
	 * The {@code function_call_output} variant.
	 */
	public record FunctionCallOutput(
			@JsonProperty("call_id") @Nullable String callId,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("name") @Nullable String name,
			@JsonProperty("namespace") @Nullable String namespace,
			@JsonProperty("output") FunctionCallOutputBody output,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public FunctionCallOutput {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public FunctionCallOutput(@Nullable String callId, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, @Nullable String name, @Nullable String namespace, FunctionCallOutputBody output) {
			this(callId, id, internalChatMessageMetadataPassthrough, name, namespace, output, Map.of());
		}

	}

	/**
	 * The {@code custom_tool_call} variant.
	 */
	public record CustomToolCall(
			@JsonProperty("call_id") String callId,
			@JsonProperty("encrypted_content") @Nullable String encryptedContent,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("input") String input,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("name") String name,
			@JsonProperty("namespace") @Nullable String namespace,
			@JsonProperty("status") @Nullable String status,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public CustomToolCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public CustomToolCall(String callId, @Nullable String encryptedContent, @Nullable String id, String input, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, String name, @Nullable String namespace, @Nullable String status) {
			this(callId, encryptedContent, id, input, internalChatMessageMetadataPassthrough, name, namespace, status, Map.of());
		}

	}

	/**
	 * The {@code custom_tool_call_output} variant.
	 */
	public record CustomToolCallOutput(
			@JsonProperty("call_id") String callId,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("name") @Nullable String name,
			@JsonProperty("output") FunctionCallOutputBody output,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public CustomToolCallOutput {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public CustomToolCallOutput(String callId, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, @Nullable String name, FunctionCallOutputBody output) {
			this(callId, id, internalChatMessageMetadataPassthrough, name, output, Map.of());
		}

	}

	/**
	 * The {@code tool_search_output} variant.
	 */
	public record ToolSearchOutput(
			@JsonProperty("call_id") @Nullable String callId,
			@JsonProperty("execution") String execution,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("status") String status,
			@JsonProperty("tools") JsonNode tools,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ToolSearchOutput {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ToolSearchOutput(@Nullable String callId, String execution, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, String status, JsonNode tools) {
			this(callId, execution, id, internalChatMessageMetadataPassthrough, status, tools, Map.of());
		}

	}

	/**
	 * The {@code web_search_call} variant.
	 */
	public record WebSearchCall(
			@JsonProperty("action") @Nullable ResponsesApiWebSearchAction action,
			@JsonProperty("encrypted_content") @Nullable String encryptedContent,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("status") @Nullable String status,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public WebSearchCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public WebSearchCall(@Nullable ResponsesApiWebSearchAction action, @Nullable String encryptedContent, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, @Nullable String status) {
			this(action, encryptedContent, id, internalChatMessageMetadataPassthrough, status, Map.of());
		}

	}

	/**
	 * The {@code image_generation_call} variant.
	 */
	public record ImageGenerationCall(
			@JsonProperty("encrypted_content") @Nullable String encryptedContent,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonProperty("result") String result,
			@JsonProperty("revised_prompt") @Nullable String revisedPrompt,
			@JsonProperty("status") String status,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ImageGenerationCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ImageGenerationCall(@Nullable String encryptedContent, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough, String result, @Nullable String revisedPrompt, String status) {
			this(encryptedContent, id, internalChatMessageMetadataPassthrough, result, revisedPrompt, status, Map.of());
		}

	}

	/**
	 * The {@code compaction} variant.
	 */
	public record Compaction(
			@JsonProperty("encrypted_content") String encryptedContent,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Compaction {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Compaction(String encryptedContent, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough) {
			this(encryptedContent, id, internalChatMessageMetadataPassthrough, Map.of());
		}

	}

	/**
	 * The {@code configuration_update} variant. A durable input control interpreted by the backend at its position in history.
	 */
	public record ConfigurationUpdate(
			@JsonProperty("reasoning") ConfigurationReasoning reasoning,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ConfigurationUpdate {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ConfigurationUpdate(ConfigurationReasoning reasoning) {
			this(reasoning, Map.of());
		}

	}

	/**
	 * The {@code compaction_trigger} variant.
	 */
	public record CompactionTrigger(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public CompactionTrigger {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code context_compaction} variant.
	 */
	public record ContextCompaction(
			@JsonProperty("encrypted_content") @Nullable String encryptedContent,
			@JsonProperty("id") @Nullable String id,
			@JsonProperty("internal_chat_message_metadata_passthrough") @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ContextCompaction {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ContextCompaction(@Nullable String encryptedContent, @Nullable String id, @Nullable InternalChatMessageMetadataPassthrough internalChatMessageMetadataPassthrough) {
			this(encryptedContent, id, internalChatMessageMetadataPassthrough, Map.of());
		}

	}

	/**
	 * The {@code other} variant.
	 */
	public record Other(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Other {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponseItem {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
