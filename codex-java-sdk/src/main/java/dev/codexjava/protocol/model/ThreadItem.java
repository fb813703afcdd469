package dev.codexjava.protocol.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.generated.CollabAgentState;
import dev.codexjava.protocol.generated.CollabAgentTool;
import dev.codexjava.protocol.generated.CollabAgentToolCallStatus;
import dev.codexjava.protocol.generated.HookPromptFragment;
import dev.codexjava.protocol.generated.ImageGenerationFailure;
import dev.codexjava.protocol.generated.SubAgentActivityKind;

/**
 * One item of a thread's history, one record per kind of the protocol (all 19 kinds of 0.169.0 and 0.171.0): user and
 * agent messages, hook prompts, function call outputs, plans, reasoning, command executions, file changes, MCP,
 * dynamic and multi-agent tool calls, sub-agent activity, web searches, image views and generations, sleeps, review
 * mode entry and exit, context compactions; any other kind ({@link Other}) is kept raw. Every variant keeps its full
 * {@link #raw()} JSON, so nothing the server sends is lost, and {@link #typed()} decodes it into the generated record
 * with every field of the schema.
 */
public sealed interface ThreadItem {

	/** The item id, or {@code null} when the server sent none. */
	@Nullable
	String id();

	/** The wire {@code type} (e.g. {@code agentMessage}); also written as {@code "type"} when an item is serialized. */
	@com.fasterxml.jackson.annotation.JsonProperty("type")
	String type();

	/** The item exactly as received. */
	JsonNode raw();

	/** A message the user sent; {@code text} joins the text parts. */
	record UserMessage(@Nullable String id, @Nullable String text, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "userMessage";
		}
	}

	/**
	 * A message from the agent.
	 * @param phase {@code final_answer}, {@code commentary}, {@code partial_answer} or {@code null}
	 */
	record AgentMessage(@Nullable String id, @Nullable String text, @Nullable String phase,
			JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "agentMessage";
		}
	}

	/** The model's reasoning summary. */
	record Reasoning(@Nullable String id, List<String> summary, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "reasoning";
		}
	}

	/**
	 * A shell command the agent ran (or wanted to run).
	 * @param status {@code inProgress}, {@code completed}, {@code failed} or {@code declined}
	 */
	record CommandExecution(@Nullable String id, @Nullable String command, @Nullable String cwd,
			@Nullable String status, @Nullable Integer exitCode, @Nullable String aggregatedOutput,
			@Nullable Long durationMs, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "commandExecution";
		}
	}

	/** A set of file edits; {@code changes} is the raw list of changes. */
	record FileChange(@Nullable String id, @Nullable String status, @Nullable JsonNode changes,
			JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "fileChange";
		}
	}

	/** A call to an MCP server's tool. */
	record McpToolCall(@Nullable String id, @Nullable String server, @Nullable String tool, @Nullable String status,
			JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "mcpToolCall";
		}
	}

	/**
	 * A call of a dynamic tool (a tool the client defined; <b>experimental</b>).
	 * @param namespace the tool's namespace, or {@code null}
	 * @param arguments the arguments the model passed
	 * @param status {@code inProgress}, {@code completed} or {@code failed}
	 * @param success whether the tool reported success ({@code null} while in progress)
	 * @param output the text of the tool's output items joined with new lines ({@code null} while in progress)
	 */
	record DynamicToolCall(@Nullable String id, @Nullable String tool, @Nullable String namespace,
			@Nullable JsonNode arguments, @Nullable String status, @Nullable Boolean success, @Nullable String output,
			@Nullable Long durationMs, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "dynamicToolCall";
		}
	}

	/** A web search. */
	record WebSearch(@Nullable String id, @Nullable String query, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "webSearch";
		}
	}

	/**
	 * Text a hook added to the conversation (for example a {@code UserPromptSubmit} hook's additional context).
	 * @param fragments the fragments with the id of the hook run each came from
	 */
	record HookPrompt(@Nullable String id, List<HookPromptFragment> fragments, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "hookPrompt";
		}

		/** The fragments' texts joined with new lines. */
		public String text() {
			return String.join("\n", this.fragments.stream().map(HookPromptFragment::text).toList());
		}
	}

	/**
	 * The output of a function call the server recorded in the thread.
	 * @param name the function's name
	 * @param namespace its namespace, or {@code null}
	 * @param output the output's text (a plain string, or its text parts joined with new lines), or {@code null}
	 */
	record FunctionCallOutput(@Nullable String id, @Nullable String name, @Nullable String namespace,
			@Nullable String output, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "functionCallOutput";
		}
	}

	/** A proposed plan (plan mode; <b>experimental</b>): the completed item's text is authoritative. */
	record Plan(@Nullable String id, @Nullable String text, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "plan";
		}
	}

	/**
	 * A call of a multi-agent ("collab") tool: spawning, messaging, waiting for or closing another agent.
	 * @param tool {@code spawnAgent}, {@code sendInput}, {@code wait}, ... (unknown values kept)
	 * @param status {@code inProgress}, {@code completed}, {@code failed} or {@code interrupted} (unknown values kept)
	 * @param receiverThreadIds the threads of the agents addressed (for a spawn: the new agent's)
	 * @param prompt the prompt sent, or {@code null}
	 * @param model the model requested for a spawned agent, or {@code null}
	 * @param agentsStates the last known state of each addressed agent, by thread id
	 */
	record CollabAgentToolCall(@Nullable String id, @Nullable CollabAgentTool tool,
			@Nullable CollabAgentToolCallStatus status, @Nullable String senderThreadId, List<String> receiverThreadIds,
			@Nullable String prompt, @Nullable String model, Map<String, CollabAgentState> agentsStates,
			JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "collabAgentToolCall";
		}
	}

	/**
	 * Activity of a sub-agent of this thread.
	 * @param kind {@code started}, {@code interacted}, {@code interrupted} or {@code completed} (unknown values kept)
	 * @param model the sub-agent's model when it was created, or {@code null}
	 */
	record SubAgentActivity(@Nullable String id, @Nullable SubAgentActivityKind kind, @Nullable String agentPath,
			@Nullable String agentThreadId, @Nullable String model, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "subAgentActivity";
		}
	}

	/** The agent looked at a local image. */
	record ImageView(@Nullable String id, @Nullable String path, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "imageView";
		}
	}

	/** A pause of the agent through the interruptible {@code clock.sleep} tool. */
	record Sleep(@Nullable String id, @Nullable Long durationMs, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "sleep";
		}
	}

	/**
	 * An image the model generated.
	 * @param status the generation's status as the server reports it (e.g. {@code completed})
	 * @param revisedPrompt the prompt the image model used, or {@code null}
	 * @param savedPath where the server saved the image, or {@code null}
	 * @param failure why it failed (e.g. a usage limit), or {@code null}
	 */
	record ImageGeneration(@Nullable String id, @Nullable String status, @Nullable String revisedPrompt,
			@Nullable String savedPath, @Nullable ImageGenerationFailure failure, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "imageGeneration";
		}
	}

	/** A review turn started; {@code review} is what is being reviewed. */
	record EnteredReviewMode(@Nullable String id, @Nullable String review, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "enteredReviewMode";
		}
	}

	/** A review turn ended; {@code review} is the review's text. */
	record ExitedReviewMode(@Nullable String id, @Nullable String review, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "exitedReviewMode";
		}
	}

	/** The server compacted the thread's context (summarised the history to free the context window). */
	record ContextCompaction(@Nullable String id, JsonNode raw) implements ThreadItem {
		@Override
		public String type() {
			return "contextCompaction";
		}
	}

	/**
	 * Any item type this SDK does not model, or an item of a known type whose fields have the wrong JSON types,
	 * delivered raw.
	 */
	record Other(String type, @Nullable String id, JsonNode raw) implements ThreadItem {
	}

	/**
	 * Reads an item, as {@link ThreadItemReader#read(JsonNode)} does (never fails: unknown or mistyped items become
	 * {@link Other}).
	 * @deprecated use {@link ThreadItemReader#read(JsonNode)}, the same reading; this method goes in a later release
	 */
	@Deprecated(since = "0.1.0")
	static ThreadItem from(JsonNode item) {
		return ThreadItemReader.read(item);
	}

	/**
	 * The item as the full generated record of the pinned protocol ({@code protocol.generated.ThreadItem}), with every
	 * field the schema has (command actions, MCP results, web search actions, ...); empty when the raw JSON does not
	 * decode into it. Decoded on each call.
	 */
	default Optional<dev.codexjava.protocol.generated.ThreadItem> typed() {
		return TypedItemDecoder.decode(raw());
	}

}
