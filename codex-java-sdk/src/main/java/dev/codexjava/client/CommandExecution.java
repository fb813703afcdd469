package dev.codexjava.client;

import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.CommandExecOutputDeltaNotification;
import dev.codexjava.protocol.generated.CommandExecParams;
import dev.codexjava.protocol.generated.CommandExecResponse;
import dev.codexjava.protocol.generated.CommandExecTerminateParams;
import dev.codexjava.protocol.generated.CommandExecWriteParams;
import dev.codexjava.protocol.generated.Notifications;

/**
 * A standalone command running on the app-server ({@link Codex#exec}): wait for its {@link #await() exit},
 * {@link #terminate() kill} it, or {@link #write(byte[]) feed} its stdin. Its output is streamed to the consumer
 * given to {@code exec} while it runs.
 */
public final class CommandExecution {

	private final ClientCore core;

	private final String processId;

	private final CompletableFuture<CommandExecResponse> exited;

	CommandExecution(ClientCore core, String processId, CompletableFuture<CommandExecResponse> exited) {
		this.core = core;
		this.processId = processId;
		this.exited = exited;
	}

	/** Extra time the client waits for the exit beyond the command's own timeout (the server kills it then). */
	static final Duration EXIT_GRACE = Duration.ofSeconds(10);

	/**
	 * Sends {@code command/exec} with streamed output: the output chunks go through a subscription (in order, off the
	 * reader thread), and the exit completes the future only after the last chunk was handed to {@code output}.
	 */
	static CommandExecution start(ClientCore core, Subscriptions subscriptions, List<String> command,
			CommandOptions options, Consumer<? super CommandOutput> output) {
		Objects.requireNonNull(command, "command");
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(output, "output");
		if (command.isEmpty() || command.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("command must be a non-empty argv list without nulls");
		}
		core.ensureOpen();
		String processId = "java-" + UUID.randomUUID();
		Duration timeout = (options.timeout() != null) ? options.timeout() : core.config.requestTimeout();
		CommandExecParams params = new CommandExecParams(List.copyOf(command),
				(options.cwd() != null) ? options.cwd().toString() : null, null, null,
				options.env().isEmpty() ? null : options.env(), null, processId, options.sandbox(), null,
				options.stdin() ? Boolean.TRUE : null, Boolean.TRUE, timeout.toMillis(), null);
		Subscriptions.Lane<CommandExecOutputDeltaNotification> lane = subscriptions.subscribe(
				Notifications.COMMAND_EXEC_OUTPUT_DELTA, "processId", processId, (delta) -> {
					byte[] bytes = (delta.deltaBase64() != null) ? Base64.getDecoder().decode(delta.deltaBase64())
							: new byte[0];
					boolean stderr = delta.stream() != null && "stderr".equals(delta.stream().asString());
					output.accept(new CommandOutput(stderr, bytes, Boolean.TRUE.equals(delta.capReached())));
				});
		CompletableFuture<CommandExecResponse> exited = new CompletableFuture<>();
		CompletableFuture<JsonNode> response;
		try {
			// never retried: the command may have side effects
			response = core.call("command/exec", Json.toTree(params), false, timeout.plus(EXIT_GRACE));
		}
		catch (RuntimeException ex) {
			lane.close();
			throw ex;
		}
		// on the reader thread, after every output notification of the command was queued: ends the queue after them
		response.whenComplete((result, failure) -> lane.end(() -> {
			if (failure != null) {
				exited.completeExceptionally(ClientCore.unwrap(failure));
			}
			else {
				try {
					exited.complete(Json.convert(result, CommandExecResponse.class));
				}
				catch (RuntimeException ex) {
					exited.completeExceptionally(ex);
				}
			}
		}));
		return new CommandExecution(core, processId, exited);
	}

	/** The process id this client gave the command (connection-scoped, for the follow-up requests). */
	public String processId() {
		return this.processId;
	}

	/** Whether the command has exited (or failed to run). */
	public boolean isDone() {
		return this.exited.isDone();
	}

	/**
	 * Waits for the command to exit; by then every output chunk has been given to the consumer. The result's
	 * {@code stdout}/{@code stderr} are empty (the output was streamed).
	 * @return the exit code (non-zero for a failed or killed command; a timed-out one is killed by the server)
	 * @throws dev.codexjava.error.CodexRpcException if the server refused the command (e.g. an empty command or a
	 * sandbox it cannot set up)
	 */
	public CommandExecResponse await() {
		return ClientCore.await(this.exited);
	}

	/** {@link #await()} as a future, completed on a worker thread. */
	public CompletableFuture<CommandExecResponse> result() {
		return this.core.publish(this.exited);
	}

	/** Kills the command ({@code command/exec/terminate}); it then exits with a non-zero code. */
	public void terminate() {
		ClientCore.await(this.core.request("command/exec/terminate",
				Json.toTree(new CommandExecTerminateParams(this.processId)), false));
	}

	/**
	 * Writes bytes to the command's stdin ({@code command/exec/write}); needs {@link CommandOptions.Builder#stdin}.
	 */
	public void write(byte[] bytes) {
		write(bytes, false);
	}

	/** Closes the command's stdin (after the bytes written so far). */
	public void closeStdin() {
		write(null, true);
	}

	private void write(byte[] bytes, boolean close) {
		CommandExecWriteParams params = new CommandExecWriteParams(close ? Boolean.TRUE : null,
				(bytes != null) ? Base64.getEncoder().encodeToString(bytes) : null, this.processId);
		ClientCore.await(this.core.request("command/exec/write", Json.toTree(params), false));
	}

	@Override
	public String toString() {
		return "CommandExecution[" + this.processId + ", done=" + isDone() + "]";
	}

}
