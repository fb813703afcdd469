package dev.codexjava.spring.ai.agents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springaicommunity.agents.model.AgentGeneration;
import org.springaicommunity.agents.model.AgentGenerationMetadata;
import org.springaicommunity.agents.model.AgentModel;
import org.springaicommunity.agents.model.AgentOptions;
import org.springaicommunity.agents.model.AgentResponse;
import org.springaicommunity.agents.model.AgentResponseMetadata;
import org.springaicommunity.agents.model.AgentTaskRequest;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnFailedException;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.generated.Methods;
import dev.codexjava.protocol.generated.ThreadUnsubscribeParams;

/**
 * The spring-ai-agents {@link AgentModel} contract on a {@link Codex} client (the app-server, not {@code codex exec}):
 * each {@link #call(AgentTaskRequest) call} runs the request's goal as one turn in a new Codex thread whose working
 * directory is the request's, with the options' model and timeout. As the contract's other implementations do, a
 * failure is answered, not thrown: a generation with finish reason {@code ERROR} and the reason as its text. The
 * response's session id is the Codex thread id ({@link Codex#resumeThread(String)} continues it).
 * <p>
 * Not mapped: {@link AgentOptions#getEnvironmentVariables()} (an app-server's environment is fixed when it starts:
 * use {@code codex.env.*}), {@link AgentOptions#getExtras()} and MCP server definitions (configure MCP servers in
 * the Codex configuration).
 */
public final class CodexAgentModel implements AgentModel {

	/** The finish reason of a completed turn ({@link AgentGenerationMetadata#isSuccessful()} is true for it). */
	public static final String SUCCESS = "SUCCESS";

	/** The finish reason of an interrupted turn. */
	public static final String INTERRUPTED = "INTERRUPTED";

	/** The finish reason of a failure. */
	public static final String ERROR = "ERROR";

	private static final Log logger = LogFactory.getLog(CodexAgentModel.class);

	private final Codex codex;

	private final Duration defaultTimeout;

	/**
	 * An agent model on {@code codex}.
	 * @param codex the client
	 * @param defaultTimeout how long a task may run when its options set no timeout
	 */
	public CodexAgentModel(Codex codex, Duration defaultTimeout) {
		this.codex = Objects.requireNonNull(codex, "codex");
		if (defaultTimeout == null || defaultTimeout.isNegative() || defaultTimeout.isZero()) {
			throw new IllegalArgumentException("The default timeout must be positive, not " + defaultTimeout);
		}
		this.defaultTimeout = defaultTimeout;
	}

	@Override
	public AgentResponse call(AgentTaskRequest request) {
		AgentOptions options = request.options();
		String model = (options != null) ? options.getModel() : null;
		Duration timeout = (options != null && options.getTimeout() != null && !options.getTimeout().isNegative() && !options.getTimeout().isZero())
				? options.getTimeout() : this.defaultTimeout;
		long start = System.nanoTime();
		CodexThread thread = null;
		try {
			thread = this.codex.startThread(threadOptions(request.workingDirectory(), options, model));
			TurnResult result = run(thread.turn(request.goal()), timeout);
			return response(result, thread, Duration.ofNanos(System.nanoTime() - start));
		}
		catch (RuntimeException ex) {
			return error(reason(ex, timeout), thread, model, Duration.ofNanos(System.nanoTime() - start), ex);
		}
		finally {
			if (thread != null && !thread.isBusy()) {
				unsubscribe(thread);
			}
		}
	}

	/** Whether the app-server has started and answers. */
	@Override
	public boolean isAvailable() {
		return this.codex.isServerReady();
	}

	private static ThreadOptions threadOptions(Path workingDirectory, AgentOptions options, String model) {
		ThreadOptions.Builder builder = ThreadOptions.builder();
		Path cwd = workingDirectory;
		if (cwd == null && options != null && options.getWorkingDirectory() != null) {
			cwd = Path.of(options.getWorkingDirectory());
		}
		if (cwd != null) {
			builder.cwd(cwd.toAbsolutePath());
		}
		if (model != null && !model.isBlank()) {
			builder.model(model);
		}
		return builder.build();
	}

	private static TurnResult run(TurnHandle turn, Duration timeout) {
		try {
			return turn.result().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			interrupt(turn);
			throw new TaskTimedOut(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			interrupt(turn);
			throw new IllegalStateException("Interrupted while waiting for the Codex turn", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
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

	private void unsubscribe(CodexThread thread) {
		try {
			this.codex.request(Methods.THREAD_UNSUBSCRIBE, new ThreadUnsubscribeParams(thread.id()));
		}
		catch (RuntimeException ex) {
			logger.debug("Could not unsubscribe Codex thread " + thread.id() + ": " + ex.getMessage());
		}
	}

	private static AgentResponse response(TurnResult result, CodexThread thread, Duration duration) {
		String finishReason = result.isCompleted() ? SUCCESS : INTERRUPTED;
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("threadId", result.threadId());
		fields.put("turnId", result.id());
		fields.put("status", result.status().wireValue());
		fields.put("items", result.items().size());
		if (result.usage() != null) {
			fields.put("usage", result.usage());
		}
		String text = (result.finalResponse() != null) ? result.finalResponse() : "";
		AgentGeneration generation = new AgentGeneration(text, new AgentGenerationMetadata(finishReason, fields));
		return new AgentResponse(List.of(generation), metadata(thread, thread.model(), duration, fields));
	}

	private static AgentResponse error(String reason, CodexThread thread, String model, Duration duration,
			RuntimeException ex) {
		logger.warn("Codex agent task failed: " + reason, ex);
		Map<String, Object> fields = Map.of("error", reason);
		AgentGeneration generation = new AgentGeneration(reason, new AgentGenerationMetadata(ERROR, fields));
		return new AgentResponse(List.of(generation),
				metadata(thread, (thread != null && thread.model() != null) ? thread.model() : model, duration, fields));
	}

	private static AgentResponseMetadata metadata(CodexThread thread, String model, Duration duration,
			Map<String, Object> fields) {
		return AgentResponseMetadata.builder()
			.model((model != null) ? model : "codex")
			.duration(duration)
			.sessionId((thread != null) ? thread.id() : "")
			.providerFields(fields)
			.build();
	}

	private static String reason(RuntimeException ex, Duration timeout) {
		if (ex instanceof TaskTimedOut) {
			return "The Codex task did not finish within " + timeout.toSeconds() + " seconds and was interrupted.";
		}
		if (ex instanceof TurnFailedException failed && failed.error() != null) {
			return "The Codex task failed: " + failed.error().message();
		}
		return "Codex could not run the task (" + ex.getClass().getSimpleName()
				+ "); the application log has the details.";
	}

	@Override
	public String toString() {
		return "CodexAgentModel[" + this.codex + "]";
	}

	/** The turn outlived its timeout. */
	private static final class TaskTimedOut extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TaskTimedOut(Throwable cause) {
			super(cause);
		}

	}

}
