package dev.codexjava.spring.ai;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.execution.ToolExecutionException;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadBusyException;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnFailedException;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.protocol.Json;

/**
 * A Spring AI {@link ToolCallback} through which a chat model delegates a coding task to Codex. The tool takes
 * {@code {"task": "..."}} and answers with one JSON object: the turn's {@code status}, the agent's
 * {@code finalResponse} and the turn's {@code items} (commands with exit code and output, file changes, messages).
 * <p>
 * Each chat conversation gets its own Codex thread, so a follow-up task sees what the earlier ones did: the
 * conversation id is the tool context's {@link ChatMemory#CONVERSATION_ID} entry
 * ({@code chatClient.prompt().toolContext(Map.of(ChatMemory.CONVERSATION_ID, id))}). Without one, each call runs in a
 * fresh ephemeral thread. At most {@link Builder#maxConversations(int) maxConversations} conversations keep a thread
 * (least recently used evicted); {@link #close()} unsubscribes them all.
 * <p>
 * Failures follow Spring AI's convention: they are thrown as a {@link ToolExecutionException} whose message is meant
 * for the model (no stack trace, no server output), and the {@code ToolExecutionExceptionProcessor} decides: by
 * default the message goes back to the model as the tool's answer, with
 * {@code spring.ai.tools.throw-exception-on-error=true} it is thrown to the caller. Details go to this class's log.
 */
public final class CodexToolCallback implements ToolCallback, AutoCloseable {

	/** The tool name the model sees unless configured otherwise. */
	public static final String DEFAULT_NAME = "codex";

	/** The tool description the model sees unless configured otherwise. */
	public static final String DEFAULT_DESCRIPTION = "Delegates a coding task to Codex, a software engineering agent "
			+ "that works in the application's workspace: it reads and edits files and runs commands there. Describe "
			+ "the task completely in 'task'. Follow-up tasks in the same conversation continue Codex's earlier work. "
			+ "Answers with JSON: 'status', Codex's 'finalResponse', and the 'items' of its work (commands with exit "
			+ "code and output, file changes).";

	/** The JSON schema of the tool's input. */
	public static final String INPUT_SCHEMA = """
			{
			  "type": "object",
			  "properties": {
			    "task": {
			      "type": "string",
			      "description": "The coding task for Codex, complete and self-contained: what to do, where, and how to check it"
			    }
			  },
			  "required": ["task"],
			  "additionalProperties": false
			}""";

	private static final Log logger = LogFactory.getLog(CodexToolCallback.class);

	private final Codex codex;

	private final ToolDefinition definition;

	private final Duration timeout;

	private final Function<String, ThreadOptions> threadOptions;

	private final ConversationThreads conversations;

	private CodexToolCallback(Builder builder) {
		this.codex = builder.codex;
		this.definition = ToolDefinition.builder()
			.name(builder.name)
			.description(builder.description)
			.inputSchema(INPUT_SCHEMA)
			.build();
		this.timeout = builder.timeout;
		this.threadOptions = builder.threadOptions;
		this.conversations = new ConversationThreads(builder.codex, builder.threadOptions, builder.maxConversations);
	}

	/** A builder for a tool that runs its tasks on {@code codex}. */
	public static Builder builder(Codex codex) {
		return new Builder(codex);
	}

	@Override
	public ToolDefinition getToolDefinition() {
		return this.definition;
	}

	/** Runs the task in a fresh ephemeral thread (no conversation). */
	@Override
	public String call(String toolInput) {
		return call(toolInput, null);
	}

	@Override
	public String call(String toolInput, ToolContext toolContext) {
		String task = task(toolInput);
		String conversationId = conversationId(toolContext);
		try {
			if (conversationId == null) {
				return CodexToolResults.render(runOnce(task));
			}
			try (ConversationThreads.Lease lease = this.conversations.acquire(conversationId)) {
				return CodexToolResults.render(run(lease.thread(), task));
			}
		}
		catch (ToolExecutionException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw failure(ex);
		}
	}

	/** Unsubscribes the threads of all conversations; calls after this fail. */
	@Override
	public void close() {
		this.conversations.close();
	}

	/** The conversations that have a thread, least recently used first (for diagnostics and tests). */
	public java.util.List<String> conversationIds() {
		return this.conversations.conversationIds();
	}

	/** The id of the Codex thread of a conversation, or {@code null} if it has none. */
	public String threadId(String conversationId) {
		return this.conversations.threadId(conversationId);
	}

	private TurnResult runOnce(String task) {
		CodexThread thread = this.codex.startThread(this.threadOptions.apply(null));
		try {
			return run(thread, task);
		}
		finally {
			if (!thread.isBusy()) {
				ConversationThreads.unsubscribe(this.codex, thread);
			}
		}
	}

	private TurnResult run(CodexThread thread, String task) {
		TurnHandle turn = thread.turn(task);
		try {
			return turn.result().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			interrupt(turn);
			throw new ToolFailure("The Codex task did not finish within " + this.timeout.toSeconds()
					+ " seconds and was interrupted.", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			interrupt(turn);
			throw new ToolFailure("The Codex task was cancelled.", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new ToolFailure("Codex could not run the task.", ex.getCause());
		}
	}

	private static void interrupt(TurnHandle turn) {
		try {
			turn.interrupt();
		}
		catch (RuntimeException ex) {
			logger.debug("Could not interrupt Codex turn " + turn.id() + ": " + ex.getMessage());
		}
	}

	private String task(String toolInput) {
		String task = null;
		try {
			JsonNode input = Json.parse(toolInput);
			JsonNode value = (input != null) ? input.get("task") : null;
			task = (value != null && value.isString()) ? value.asString() : null;
		}
		catch (JacksonException ex) {
			// answered below
		}
		if (task == null || task.isBlank()) {
			throw new ToolExecutionException(this.definition, new IllegalArgumentException(
					"The input of tool '" + this.definition.name() + "' must be a JSON object with a non-empty 'task' "
							+ "string."));
		}
		return task;
	}

	private static String conversationId(ToolContext toolContext) {
		if (toolContext == null) {
			return null;
		}
		Map<String, Object> context = toolContext.getContext();
		Object id = (context != null) ? context.get(ChatMemory.CONVERSATION_ID) : null;
		return (id != null && !id.toString().isBlank()) ? id.toString() : null;
	}

	/** The exception for Spring AI's processor: a message for the model, the cause for the log. */
	private ToolExecutionException failure(RuntimeException ex) {
		String message;
		if (ex instanceof ToolFailure failure) {
			message = failure.getMessage();
		}
		else if (ex instanceof TurnFailedException failed) {
			String reason = (failed.error() != null) ? failed.error().message() : null;
			message = "The Codex task failed" + ((reason != null) ? ": " + reason : ".");
		}
		else if (ex instanceof ThreadBusyException) {
			message = "A Codex task is already running in this conversation; wait for its answer before starting "
					+ "another one.";
		}
		else if (ex instanceof ServerBusyException) {
			message = "Codex is overloaded; try again later.";
		}
		else if (ex instanceof CodexTimeoutException) {
			message = "Codex did not answer in time.";
		}
		else {
			message = "Codex could not run the task (" + ex.getClass().getSimpleName()
					+ "); the application log has the details.";
		}
		logger.warn("Codex tool '" + this.definition.name() + "' failed: " + message, ex);
		return new ToolExecutionException(this.definition, new ToolFailure(message, ex));
	}

	@Override
	public String toString() {
		return "CodexToolCallback[name=" + this.definition.name() + ", " + this.conversations + "]";
	}

	/** A failure with a message meant for the chat model. */
	static final class ToolFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ToolFailure(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** Builds a {@link CodexToolCallback}. */
	public static final class Builder {

		private final Codex codex;

		private String name = DEFAULT_NAME;

		private String description = DEFAULT_DESCRIPTION;

		private int maxConversations = 100;

		private Duration timeout = Duration.ofMinutes(10);

		private Function<String, ThreadOptions> threadOptions = (conversationId) -> (conversationId != null)
				? ThreadOptions.none() : ThreadOptions.builder().ephemeral(true).build();

		private Builder(Codex codex) {
			this.codex = Objects.requireNonNull(codex, "codex");
		}

		/** The tool name the model sees (default {@value #DEFAULT_NAME}). */
		public Builder name(String name) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("The tool name must not be empty");
			}
			this.name = name;
			return this;
		}

		/** The tool description the model sees. */
		public Builder description(String description) {
			if (description == null || description.isBlank()) {
				throw new IllegalArgumentException("The tool description must not be empty");
			}
			this.description = description;
			return this;
		}

		/** How many conversations keep their Codex thread (default 100); the least recently used one is evicted. */
		public Builder maxConversations(int maxConversations) {
			if (maxConversations < 1) {
				throw new IllegalArgumentException("maxConversations must be at least 1, not " + maxConversations);
			}
			this.maxConversations = maxConversations;
			return this;
		}

		/** How long one task may run before it is interrupted and the model told so (default 10 minutes). */
		public Builder timeout(Duration timeout) {
			if (timeout == null || timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("The timeout must be positive, not " + timeout);
			}
			this.timeout = timeout;
			return this;
		}

		/**
		 * The options of the threads the tool starts, by conversation id ({@code null} for a call without one). The
		 * default starts conversation threads with the client's defaults and one-off threads ephemeral.
		 */
		public Builder threadOptions(Function<String, ThreadOptions> threadOptions) {
			this.threadOptions = Objects.requireNonNull(threadOptions, "threadOptions");
			return this;
		}

		/** The tool. */
		public CodexToolCallback build() {
			return new CodexToolCallback(this);
		}

	}

}
