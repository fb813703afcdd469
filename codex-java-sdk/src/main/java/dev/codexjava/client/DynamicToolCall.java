package dev.codexjava.client;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.error.CodexException;
import dev.codexjava.protocol.Json;

/**
 * One call of a {@link DynamicTool} by the model (the app-server's {@code item/tool/call} request), as its
 * {@link DynamicToolHandler} receives it. Experimental, like dynamic tools.
 *
 * @param threadId the thread the call belongs to
 * @param turnId the turn the call belongs to
 * @param callId the model's id of this call
 * @param tool the tool's name
 * @param namespace the tool's namespace, or {@code null}
 * @param arguments the arguments the model passed (JSON, usually an object; never {@code null})
 */
public record DynamicToolCall(String threadId, String turnId, String callId, String tool, @Nullable String namespace,
		JsonNode arguments) {

	/**
	 * The arguments mapped onto {@code type} (for example the record the tool's schema was derived from).
	 * @throws CodexException when they do not map
	 */
	public <T> T argumentsAs(Class<T> type) {
		try {
			return Json.mapper().treeToValue(this.arguments, type);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new CodexException("The arguments of tool " + this.tool + " do not map onto " + type.getName()
					+ ": " + ((ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.getMessage()),
					ex);
		}
	}

}
