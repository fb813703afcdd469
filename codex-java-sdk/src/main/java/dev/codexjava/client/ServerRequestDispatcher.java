package dev.codexjava.client;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.CodexRpcException;
import dev.codexjava.protocol.IncomingRequest;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.ServerRequestHandler;
import dev.codexjava.protocol.generated.ApplyPatchApprovalResponse;
import dev.codexjava.protocol.generated.DynamicToolCallResponse;
import dev.codexjava.protocol.generated.ExecCommandApprovalResponse;
import dev.codexjava.protocol.generated.McpServerElicitationRequestResponse;
import dev.codexjava.protocol.generated.PermissionsRequestApprovalResponse;
import dev.codexjava.protocol.generated.ServerRequests;
import dev.codexjava.protocol.generated.ToolRequestUserInputResponse;

/**
 * Answers the app-server's requests (approvals, permissions, user input, elicitation, dynamic tool calls, anything
 * else) with the {@link ApprovalHandler} (for a thread with {@link DynamicTool}s: its {@link ThreadTools}), on at
 * most {@link CodexConfig#approvalThreads()} threads; requests beyond that wait in a queue in arrival order. Each request is answered exactly once: by its handler, or, when
 * {@link CodexConfig#approvalTimeout()} passes first (counted from its arrival, so queued requests are not late), by
 * the safe answer for its kind. A handler answer that comes later is dropped, and a request whose deadline passed
 * while it was queued does not reach its handler at all. A handler that throws anything, {@link Error}s included,
 * still gets an answer sent (an error). A dynamic tool call on a thread with tools has its tool's timeout instead of
 * the approval timeout, gets a failed tool result when that passes, and its handler's thread is then interrupted.
 * Tool calls run on their own threads (at most {@link CodexConfig#approvalThreads()} at once, apart from the approval
 * threads, so a slow tool never delays an approval). A tool handler still running at its deadline (one that ignores
 * interrupts) is abandoned: its slot goes to the next call, and its thread counts against a cap of
 * {@link CodexConfig#approvalThreads()} abandoned threads; while that cap is reached, new tool calls fail at once.
 */
final class ServerRequestDispatcher implements ServerRequestHandler {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(ServerRequestDispatcher.class);

		private Logs() {
		}

	}

	/** How long idle handler threads are kept. */
	private static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

	/** How long a tool handler interrupted at its deadline may take to return before it counts as abandoned. */
	static final Duration GRACE = Duration.ofMillis(500);

	private final Function<String, ApprovalHandler> handlers;

	private final Duration timeout;

	private final ScheduledExecutorService scheduler;

	private final Consumer<Consumer<CodexListener>> listeners;

	private final ThreadPoolExecutor executor;

	/** Runs dynamic tool calls (apart from approvals: a stuck tool cannot starve them). */
	private final ThreadPoolExecutor toolExecutor;

	/** The most tool-call threads that may be abandoned (still running past their deadline) at once. */
	private final int maxAbandoned;

	/** Tool-call threads abandoned now; guarded by {@code this}. */
	private int abandoned;

	/**
	 * @param handlers the handler for a thread id ({@code null} when the request names none)
	 * @param scheduler where deadlines wait
	 * @param threads makes the handler threads
	 * @param listeners runs a callback on every listener (safely)
	 */
	ServerRequestDispatcher(CodexConfig config, Function<String, ApprovalHandler> handlers,
			ScheduledExecutorService scheduler, ThreadFactory threads, Consumer<Consumer<CodexListener>> listeners) {
		this.handlers = handlers;
		this.timeout = config.approvalTimeout();
		this.scheduler = scheduler;
		this.listeners = listeners;
		int size = config.approvalThreads();
		this.executor = new ThreadPoolExecutor(size, size, KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), threads);
		this.executor.allowCoreThreadTimeOut(true);
		this.toolExecutor = new ThreadPoolExecutor(size, size, KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), threads);
		this.toolExecutor.allowCoreThreadTimeOut(true);
		this.maxAbandoned = size;
	}

	/** Takes a request on the reader thread: arms its deadline and queues it for a handler thread. */
	@Override
	public void handle(IncomingRequest request) {
		String threadId = (request.params() != null) ? Json.text(request.params(), "threadId") : null;
		// a dynamic tool call has its tool's timeout, and its handler is interrupted when that passes
		ThreadTools tools = toolsFor(request, threadId);
		Duration limit = (tools != null) ? tools.timeoutFor(request.params()) : this.timeout;
		Running running = (tools != null) ? new Running() : null;
		if (running != null && abandonedThreads() >= this.maxAbandoned) {
			failFast(request, threadId);
			return;
		}
		ScheduledFuture<?> deadline = armDeadline(request, threadId, limit, running);
		try {
			((running != null) ? this.toolExecutor : this.executor)
				.execute(() -> run(request, threadId, deadline, running));
		}
		catch (RejectedExecutionException ex) {
			// closing: the safe answer, at once
			cancel(deadline);
			safeAnswer(request.method(), limit, running != null).sendTo(request);
		}
	}

	/** Tool-call threads abandoned now (still running past their deadline). */
	synchronized int abandonedThreads() {
		return this.abandoned;
	}

	/** Too many tool handlers ignored their timeout and still run: a failed tool result at once. */
	private void failFast(IncomingRequest request, String threadId) {
		String tool = Json.text(request.params(), "tool");
		String message = "The tool call failed: the client refuses new tool calls while " + this.maxAbandoned
				+ " earlier calls still run past their timeout.";
		if (request.respond(DynamicToolResult.failure(message).toJson())) {
			Logs.log.warn("Dynamic tool '{}' (thread {}) refused: {} timed-out tool handlers have not returned",
					tool, threadId, this.maxAbandoned);
			this.listeners.accept((l) -> l.onApprovalDecided(request.method(), threadId, "refused", false));
		}
	}

	/**
	 * A tool handler still runs past its deadline: a new thread takes its slot (up to {@link #maxAbandoned}).
	 * @return how many are abandoned now
	 */
	private synchronized int abandon() {
		this.abandoned++;
		this.toolExecutor.setMaximumPoolSize(this.toolExecutor.getMaximumPoolSize() + 1);
		this.toolExecutor.setCorePoolSize(this.toolExecutor.getCorePoolSize() + 1);
		return this.abandoned;
	}

	/** A tool handler returned; {@code true} when it had been abandoned (its extra thread goes then). */
	private synchronized boolean finish(Running running) {
		if (!running.finish()) {
			return false;
		}
		this.abandoned--;
		this.toolExecutor.setCorePoolSize(this.toolExecutor.getCorePoolSize() - 1);
		this.toolExecutor.setMaximumPoolSize(this.toolExecutor.getMaximumPoolSize() - 1);
		return true;
	}

	/** The dynamic tools of the thread a {@code item/tool/call} is for, or {@code null}. */
	private ThreadTools toolsFor(IncomingRequest request, String threadId) {
		if (!ThreadTools.METHOD.equals(request.method()) || threadId == null) {
			return null;
		}
		return (this.handlers.apply(threadId) instanceof ThreadTools tools) ? tools : null;
	}

	private ScheduledFuture<?> armDeadline(IncomingRequest request, String threadId, Duration limit,
			Running running) {
		if (limit == null) {
			return null;
		}
		long left = limit.toNanos() - (System.nanoTime() - request.arrivalNanos());
		try {
			return this.scheduler.schedule(() -> expire(request, threadId, limit, running), Math.max(0, left),
					TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			return null;
		}
	}

	private static void cancel(ScheduledFuture<?> deadline) {
		if (deadline != null) {
			deadline.cancel(false);
		}
	}

	/** The deadline passed (timer thread): the safe answer, unless the handler answered first. */
	private void expire(IncomingRequest request, String threadId, Duration limit, Running running) {
		Answer safe = safeAnswer(request.method(), limit, running != null);
		if (!safe.sendTo(request)) {
			return;
		}
		if (running != null) {
			running.interrupt();
			scheduleAbandonCheck(request, threadId, limit, running);
		}
		// no params in the log: they may hold commands, prompts or secrets
		Logs.log.warn("Server request {} (thread {}) was not answered within {} ms ({}); answered '{}'", request.method(),
				threadId, limit.toMillis(), (running != null) ? "the tool's timeout" : "approvalTimeout",
				safe.decision());
		this.listeners.accept((l) -> l.onApprovalTimedOut(request.method(), threadId, limit, safe.decision()));
		this.listeners.accept((l) -> l.onApprovalDecided(request.method(), threadId, safe.decision(), true));
	}

	/** A tool handler interrupted at its deadline that has not returned {@link #GRACE} later is abandoned. */
	private void scheduleAbandonCheck(IncomingRequest request, String threadId, Duration limit, Running running) {
		try {
			this.scheduler.schedule(() -> {
				int now;
				synchronized (this) {
					if (!running.abandonIfRunning()) {
						return;
					}
					now = abandon();
				}
				String tool = Json.text(request.params(), "tool");
				Logs.log.warn("Dynamic tool '{}' (thread {}) has not returned {} ms after its timeout of {} ms, even "
						+ "interrupted; its thread is abandoned ({} of at most {}) and its slot goes to the next call",
						tool, threadId, GRACE.toMillis(), limit.toMillis(), now, this.maxAbandoned);
				this.listeners.accept((l) -> l.onToolHandlerAbandoned(threadId, tool, limit, now));
			}, GRACE.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// closing
		}
	}

	/** A handler thread. */
	private void run(IncomingRequest request, String threadId, ScheduledFuture<?> deadline, Running running) {
		if (request.isAnswered()) {
			Logs.log.debug("Server request {} (thread {}) was answered at its deadline while queued; its handler is skipped",
					request.method(), threadId);
			return;
		}
		Answer answer;
		try {
			if (running != null) {
				running.start();
			}
			answer = decide(request.method(), request.params(), threadId);
		}
		catch (CodexRpcException ex) {
			answer = Answer.error(ex.code(), ex.rpcMessage());
		}
		catch (RuntimeException | Error ex) {
			// anything: the server waits for this answer, and would wait forever
			Logs.log.error("ApprovalHandler failed for server request {}; answering with an error", request.method(), ex);
			answer = Answer.error(-32603, "client handler failed: " + ex.getClass().getSimpleName());
		}
		finally {
			if (running != null && finish(running)) {
				Logs.log.info("The abandoned handler of dynamic tool '{}' (thread {}) returned after {} ms",
						Json.text(request.params(), "tool"), threadId,
						TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.arrivalNanos()));
			}
		}
		if (answer.sendTo(request)) {
			cancel(deadline);
			String decision = answer.decision();
			this.listeners.accept((l) -> l.onApprovalDecided(request.method(), threadId, decision, false));
		}
		else {
			Logs.log.info("The handler answered server request {} (thread {}) after {} ms, past the approvalTimeout; "
					+ "its answer was dropped (the safe answer had been sent)", request.method(), threadId,
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.arrivalNanos()));
		}
	}

	/** Asks the handler. */
	private Answer decide(String method, JsonNode params, String threadId) {
		ApprovalHandler handler = (threadId != null) ? this.handlers.apply(threadId) : null;
		if (handler == null) {
			handler = this.handlers.apply(null);
		}
		JsonNode safeParams = (params != null) ? params : Params.empty();
		ObjectNode result = Params.empty();
		switch (method) {
			case "item/commandExecution/requestApproval" -> {
				return commandApproval(method, handler, safeParams, threadId);
			}
			case "item/fileChange/requestApproval" -> {
				ApprovalDecision d = orDecline(handler.onFileChange(FileChangeApprovalRequest.from(safeParams)));
				return new Answer(RequestEncoder.fileChangeApproval(d), 0, null, d.wireValue());
			}
			case "execCommandApproval" -> {
				ExecCommandApprovalResponse response = handler
					.onExecCommandApproval(typed(ServerRequests.EXEC_COMMAND_APPROVAL, safeParams));
				return (response != null && response.decision() != null) ? new Answer(Json.toTree(response), 0, null,
						CommandDecision.kindOf(response.decision().raw())) : safeAnswer(method, this.timeout, false);
			}
			case "applyPatchApproval" -> {
				ApplyPatchApprovalResponse response = handler
					.onApplyPatchApproval(typed(ServerRequests.APPLY_PATCH_APPROVAL, safeParams));
				return (response != null && response.decision() != null) ? new Answer(Json.toTree(response), 0, null,
						CommandDecision.kindOf(response.decision().raw())) : safeAnswer(method, this.timeout, false);
			}
			case ThreadTools.METHOD -> {
				if (handler instanceof ThreadTools tools) {
					DynamicToolResult toolResult = tools.call(safeParams);
					return new Answer(toolResult.toJson(), 0, null, toolResult.success() ? "success" : "failure");
				}
				DynamicToolCallResponse response = handler
					.onDynamicToolCall(typed(ServerRequests.ITEM_TOOL_CALL, safeParams));
				if (response == null) {
					return new Answer(DynamicToolResult.failure("The client has no handler for this tool.").toJson(), 0,
							null, "failure");
				}
				return new Answer(Json.toTree(response), 0, null,
						Boolean.TRUE.equals(response.success()) ? "success" : "failure");
			}
			case "item/permissions/requestApproval" -> {
				PermissionsRequestApprovalResponse granted = handler
					.onPermissionsRequest(typed(ServerRequests.ITEM_PERMISSIONS_REQUEST_APPROVAL, safeParams));
				if (granted == null) {
					return safeAnswer(method, this.timeout, false);
				}
				JsonNode response = Json.toTree(granted);
				return new Answer(response, 0, null, (response.path("permissions").size() > 0) ? "granted" : "denied");
			}
			case "item/tool/requestUserInput" -> {
				ToolRequestUserInputResponse answers = handler
					.onUserInputRequest(typed(ServerRequests.ITEM_TOOL_REQUEST_USER_INPUT, safeParams));
				if (answers == null || answers.answers() == null) {
					return safeAnswer(method, this.timeout, false);
				}
				return new Answer(Json.toTree(answers), 0, null, answers.answers().isEmpty() ? "unanswered" : "answered");
			}
			case "mcpServer/elicitation/request" -> {
				McpServerElicitationRequestResponse response = handler
					.onElicitationRequest(typed(ServerRequests.MCP_SERVER_ELICITATION_REQUEST, safeParams));
				if (response == null || response.action() == null) {
					result.put("action", "decline");
					return new Answer(result, 0, null, "decline");
				}
				return new Answer(Json.toTree(response), 0, null, response.action().toString());
			}
			case "account/chatgptAuthTokens/refresh" -> {
				// the answer holds tokens: never logged, and the listeners see only "handled"
				return handled(handler
					.onChatgptAuthTokensRefresh(typed(ServerRequests.ACCOUNT_CHATGPT_AUTH_TOKENS_REFRESH, safeParams)));
			}
			case "attestation/generate" -> {
				return handled(handler.onAttestationGenerate(typed(ServerRequests.ATTESTATION_GENERATE, safeParams)));
			}
			case "currentTime/read" -> {
				Instant now = handler.onCurrentTimeRead(ServerRequest.of(method, safeParams));
				return (now != null) ? new Answer(RequestEncoder.currentTime(now), 0, null, "handled")
						: Answer.error(-32603, "client handler gave no answer");
			}
			default -> {
				JsonNode response = handler.onOtherRequest(ServerRequest.of(method, safeParams));
				return new Answer((response != null) ? response : result, 0, null, "handled");
			}
		}
	}

	/**
	 * A command approval: the handler's decision, or {@code decline} (with a warning) when the server did not offer
	 * that kind of decision; the server would refuse it, and the command would wait for an answer that never comes.
	 * The warning names the request's method and the decision's kind, never the command or an amendment's content.
	 */
	private Answer commandApproval(String method, ApprovalHandler handler, JsonNode params, String threadId) {
		CommandApprovalRequest request = CommandApprovalRequest.from(params);
		CommandDecision decision = handler.decideCommandExecution(request);
		if (decision == null) {
			decision = CommandDecision.DECLINE;
		}
		if (!request.offers(decision)) {
			Logs.log.warn("The ApprovalHandler answered '{}' to {} (thread {}, item {}), a decision the server did not offer "
					+ "(it offered {}); answering 'decline' instead", decision.kind(), method, threadId,
					request.itemId(), request.offeredKinds());
			decision = CommandDecision.DECLINE;
		}
		return new Answer(RequestEncoder.commandApproval(decision), 0, null, decision.kind());
	}

	/** The typed params of a server request. */
	private static <P> P typed(Method<P, ?> method, JsonNode params) {
		try {
			return Json.convert(params, method.paramsType());
		}
		catch (IllegalArgumentException ex) {
			// logged with the handler failures: the mapper's message (and cause) would quote the params' values
			throw new IllegalArgumentException("The params of " + method.name() + " do not map onto "
					+ method.paramsType().getSimpleName() + MappingErrors.where(ex));
		}
	}

	/** A typed answer, or an error when the handler gave none. */
	private static Answer handled(Object response) {
		return (response != null) ? new Answer(Json.toTree(response), 0, null, "handled")
				: Answer.error(-32603, "client handler gave no answer");
	}

	private static ApprovalDecision orDecline(ApprovalDecision decision) {
		return (decision != null) ? decision : ApprovalDecision.DECLINE;
	}

	/**
	 * The answer that allows nothing, for a request whose handler did not answer in time ({@code limit}); for a
	 * dynamic tool call ({@code toolCall}: on a thread with dynamic tools) a failed tool result.
	 */
	private Answer safeAnswer(String method, Duration limit, boolean toolCall) {
		if (toolCall) {
			return new Answer(ThreadTools.timedOut(limit), 0, null, "timeout");
		}
		ObjectNode result = Params.empty();
		switch (method) {
			case "item/commandExecution/requestApproval" -> {
				return new Answer(RequestEncoder.commandApproval(CommandDecision.DECLINE), 0, null,
						ApprovalDecision.DECLINE.wireValue());
			}
			case "item/fileChange/requestApproval" -> {
				return new Answer(RequestEncoder.fileChangeApproval(ApprovalDecision.DECLINE), 0, null,
						ApprovalDecision.DECLINE.wireValue());
			}
			case "execCommandApproval" -> {
				return new Answer(RequestEncoder.legacyDenied(), 0, null, "denied");
			}
			case "applyPatchApproval" -> {
				return new Answer(RequestEncoder.legacyDenied(), 0, null, "denied");
			}
			case "item/permissions/requestApproval" -> {
				result.set("permissions", Params.empty());
				return new Answer(result, 0, null, "denied");
			}
			case "item/tool/requestUserInput" -> {
				result.putObject("answers");
				return new Answer(result, 0, null, "unanswered");
			}
			case "mcpServer/elicitation/request" -> {
				result.put("action", "cancel");
				return new Answer(result, 0, null, "cancel");
			}
			default -> {
				String within = (limit != null) ? " within " + limit.toMillis() + " ms" : "";
				return Answer.error(-32603, "client handler did not answer" + within);
			}
		}
	}

	/** Handler threads alive now (test hook). */
	int threads() {
		return this.executor.getPoolSize() + this.toolExecutor.getPoolSize();
	}

	/** The most handler threads that were ever alive at once (test hook). */
	int largestThreads() {
		return Math.max(this.executor.getLargestPoolSize(), this.toolExecutor.getLargestPoolSize());
	}

	/** Whether no request is queued or being handled (test hook). */
	boolean isIdle() {
		return this.executor.getActiveCount() == 0 && this.executor.getQueue().isEmpty()
				&& this.toolExecutor.getActiveCount() == 0 && this.toolExecutor.getQueue().isEmpty();
	}

	/** Stops the handler threads (interrupting handlers still running) and drops queued requests. */
	void close() {
		this.executor.shutdownNow();
		this.toolExecutor.shutdownNow();
		try {
			this.executor.awaitTermination(1, TimeUnit.SECONDS);
			this.toolExecutor.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The thread running a dynamic tool call, to interrupt when the call's deadline passes; an interrupt never reaches
	 * the thread after the call ended (it may be running another request by then).
	 */
	private static final class Running {

		private Thread thread;

		private boolean expired;

		private boolean abandoned;

		synchronized void start() {
			if (this.expired) {
				Thread.currentThread().interrupt();
			}
			this.thread = Thread.currentThread();
		}

		synchronized void interrupt() {
			this.expired = true;
			if (this.thread != null) {
				this.thread.interrupt();
			}
		}

		/** Marks the handler abandoned when it still runs; {@code true} then. */
		synchronized boolean abandonIfRunning() {
			this.abandoned = this.thread != null;
			return this.abandoned;
		}

		/** The handler returned; {@code true} when it had been abandoned. */
		synchronized boolean finish() {
			// from now on no interrupt is sent (a flag already set is cleared by the pool before its next task)
			this.thread = null;
			return this.abandoned;
		}

	}

	/**
	 * An answer: a result ({@code errorMessage == null}) or a JSON-RPC error, and the decision reported to the
	 * listeners.
	 */
	private record Answer(JsonNode result, int errorCode, String errorMessage, String decision) {

		static Answer error(int code, String message) {
			return new Answer(null, code, (message != null) ? message : "error", "error");
		}

		boolean sendTo(IncomingRequest request) {
			return (this.errorMessage == null) ? request.respond(this.result)
					: request.respondError(this.errorCode, this.errorMessage);
		}

	}

}
