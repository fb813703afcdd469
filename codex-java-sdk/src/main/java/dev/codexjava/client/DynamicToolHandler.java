package dev.codexjava.client;

/**
 * The Java code behind a {@link DynamicTool}: called with each {@link DynamicToolCall} on one of the client's
 * server-request threads (never the reader thread). Whatever it throws ({@link Error}s included) reaches the model as a
 * failed tool result; when it runs past the tool's timeout the model gets a failed result and the handler's thread is
 * interrupted. Experimental, like dynamic tools.
 */
@FunctionalInterface
public interface DynamicToolHandler {

	/** Runs the call and returns what the model gets back. */
	DynamicToolResult call(DynamicToolCall call) throws Exception;

}
