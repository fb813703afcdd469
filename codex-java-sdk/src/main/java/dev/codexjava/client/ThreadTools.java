package dev.codexjava.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.generated.ApplyPatchApprovalParams;
import dev.codexjava.protocol.generated.ApplyPatchApprovalResponse;
import dev.codexjava.protocol.generated.AttestationGenerateParams;
import dev.codexjava.protocol.generated.AttestationGenerateResponse;
import dev.codexjava.protocol.generated.ChatgptAuthTokensRefreshParams;
import dev.codexjava.protocol.generated.ChatgptAuthTokensRefreshResponse;
import dev.codexjava.protocol.generated.DynamicToolCallParams;
import dev.codexjava.protocol.generated.ExecCommandApprovalParams;
import dev.codexjava.protocol.generated.ExecCommandApprovalResponse;
import dev.codexjava.protocol.generated.McpServerElicitationRequestParams;
import dev.codexjava.protocol.generated.McpServerElicitationRequestResponse;
import dev.codexjava.protocol.generated.PermissionsRequestApprovalParams;
import dev.codexjava.protocol.generated.PermissionsRequestApprovalResponse;
import dev.codexjava.protocol.generated.ToolRequestUserInputParams;
import dev.codexjava.protocol.generated.ToolRequestUserInputResponse;

/**
 * The server-request handler of a thread with {@link DynamicTool}s: answers {@code item/tool/call} with the named
 * tool's handler (any failure, {@link Error}s included, becomes a failed result for the model) and passes every other
 * request to the thread's (or the client's) {@link ApprovalHandler}. Registered per thread like a thread's approval
 * handler, so calls reach it through the {@link ServerRequestDispatcher}, off the reader thread.
 */
@SuppressWarnings("deprecation") // delegates the raw handler methods too
final class ThreadTools implements ApprovalHandler {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(ThreadTools.class);

		private Logs() {
		}

	}

	/** The server request that calls a dynamic tool. */
	static final String METHOD = "item/tool/call";


	private final Map<String, DynamicTool> tools = new LinkedHashMap<>();

	private final ApprovalHandler delegate;

	ThreadTools(Collection<DynamicTool> tools, ApprovalHandler delegate) {
		for (DynamicTool tool : tools) {
			this.tools.put(tool.name(), tool);
		}
		this.delegate = delegate;
	}

	/** These tools passing other requests to {@code delegate} (for a fork, which the server offers the same tools). */
	ThreadTools withDelegate(ApprovalHandler delegate) {
		return new ThreadTools(this.tools.values(), delegate);
	}

	/** The tools' names. */
	Set<String> names() {
		return Collections.unmodifiableSet(this.tools.keySet());
	}

	/** How long the call in {@code params} may run (the default for a tool this thread does not have). */
	Duration timeoutFor(JsonNode params) {
		DynamicTool tool = (params != null) ? this.tools.get(Json.text(params, "tool")) : null;
		return (tool != null) ? tool.timeout() : DynamicTool.DEFAULT_TIMEOUT;
	}

	/** The failed result sent when a call did not finish within {@code limit}. */
	static ObjectNode timedOut(Duration limit) {
		String within = (limit != null) ? " within its timeout of " + limit.toMillis() + " ms" : "";
		return DynamicToolResult.failure("The tool call failed: it did not finish" + within + ".").toJson();
	}

	/** Runs a call (on a server-request thread). */
	DynamicToolResult call(JsonNode params) {
		DynamicToolCallParams wire;
		try {
			wire = Json.convert(params, DynamicToolCallParams.class);
		}
		catch (RuntimeException ex) {
			Logs.log.warn("Unreadable item/tool/call params: {}", ex.getClass().getName());
			return DynamicToolResult.failure("The tool call failed: its request could not be read.");
		}
		JsonNode arguments = wire.arguments();
		DynamicToolCall call = new DynamicToolCall(wire.threadId(), wire.turnId(), wire.callId(), wire.tool(),
				wire.namespace(), (arguments != null && !arguments.isMissingNode()) ? arguments : Params.empty());
		DynamicTool tool = this.tools.get(call.tool());
		if (tool == null) {
			return DynamicToolResult.failure("Unknown tool '" + call.tool() + "'. Available tools: "
					+ List.copyOf(this.tools.keySet()));
		}
		try {
			DynamicToolResult result = tool.handler().call(call);
			return (result != null) ? result : DynamicToolResult.text("");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return DynamicToolResult.failure("The tool call was interrupted.");
		}
		catch (Exception | Error ex) {
			// the model is told; the log gets no message (a mapping failure's message holds the argument's value,
			// which may be a secret): the exception class and JSON path at WARN, the stack trace at DEBUG
			Logs.log.warn("Dynamic tool '{}' failed (thread {}): {}{}", call.tool(), call.threadId(), ex.getClass().getName(),
					pathOf(ex));
			Logs.log.debug("Dynamic tool '{}' failed (thread {})", call.tool(), call.threadId(), ex);
			return DynamicToolResult.failure(failureText(ex));
		}
	}

	/** What the model reads about a failure; built defensively (a throwable's getMessage() may throw). */
	static String failureText(Throwable ex) {
		String type = ex.getClass().getSimpleName();
		if (type.isEmpty()) {
			type = ex.getClass().getName();
		}
		String message;
		try {
			message = ex.getMessage();
		}
		catch (RuntimeException | Error unreadable) {
			message = null;
		}
		return "The tool call failed: " + type + ((message != null) ? ": " + message : "");
	}

	/** Where in the arguments a mapping failure is (never the value), or "". */
	private static String pathOf(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof JacksonException mapping && !mapping.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder(" at $");
				for (JacksonException.Reference reference : mapping.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append('.').append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.toString();
			}
		}
		return "";
	}

	@Override
	public JsonNode onOtherRequest(ServerRequest request) {
		if (METHOD.equals(request.method())) {
			return call(request.params()).toJson();
		}
		return this.delegate.onOtherRequest(request);
	}

	@Override
	public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
		return this.delegate.onCommandExecution(request);
	}

	@Override
	public ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
		return this.delegate.onFileChange(request);
	}

	@Override
	public JsonNode onPermissions(ServerRequest request) {
		return this.delegate.onPermissions(request);
	}

	@Override
	public Map<String, List<String>> onUserInput(ServerRequest request) {
		return this.delegate.onUserInput(request);
	}

	@Override
	public JsonNode onElicitation(ServerRequest request) {
		return this.delegate.onElicitation(request);
	}

	@Override
	public CommandDecision decideCommandExecution(CommandApprovalRequest request) {
		return this.delegate.decideCommandExecution(request);
	}

	@Override
	public PermissionsRequestApprovalResponse onPermissionsRequest(PermissionsRequestApprovalParams request) {
		return this.delegate.onPermissionsRequest(request);
	}

	@Override
	public ToolRequestUserInputResponse onUserInputRequest(ToolRequestUserInputParams request) {
		return this.delegate.onUserInputRequest(request);
	}

	@Override
	public McpServerElicitationRequestResponse onElicitationRequest(McpServerElicitationRequestParams request) {
		return this.delegate.onElicitationRequest(request);
	}

	@Override
	public ChatgptAuthTokensRefreshResponse onChatgptAuthTokensRefresh(ChatgptAuthTokensRefreshParams request) {
		return this.delegate.onChatgptAuthTokensRefresh(request);
	}

	@Override
	public AttestationGenerateResponse onAttestationGenerate(AttestationGenerateParams request) {
		return this.delegate.onAttestationGenerate(request);
	}

	@Override
	public Instant onCurrentTimeRead(ServerRequest request) {
		return this.delegate.onCurrentTimeRead(request);
	}

	@Override
	public ExecCommandApprovalResponse onExecCommandApproval(ExecCommandApprovalParams request) {
		return this.delegate.onExecCommandApproval(request);
	}

	@Override
	public ApplyPatchApprovalResponse onApplyPatchApproval(ApplyPatchApprovalParams request) {
		return this.delegate.onApplyPatchApproval(request);
	}

}
