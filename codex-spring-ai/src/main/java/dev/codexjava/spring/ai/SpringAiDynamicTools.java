package dev.codexjava.spring.ai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.support.ToolCallbacks;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.execution.ToolExecutionException;

import dev.codexjava.client.DynamicTool;
import dev.codexjava.client.DynamicToolCall;
import dev.codexjava.client.DynamicToolResult;
import dev.codexjava.protocol.Json;

/**
 * Offers Spring AI tools to Codex: turns {@link ToolCallback}s (for example a bean's {@code @Tool} methods, through
 * {@link ToolCallbacks#from(Object...)} or a {@code MethodToolCallbackProvider}) into the SDK's
 * {@link DynamicTool}s (<b>experimental</b>: the client needs {@code experimentalApi(true)}, in Spring
 * {@code codex.experimental-api=true}). The tool's name, description and input schema come from its
 * {@link ToolDefinition}; a call runs {@link ToolCallback#call(String, ToolContext)} with the model's arguments as
 * JSON text and a tool context holding {@value #THREAD_ID} and {@value #TURN_ID}, and answers with the returned text.
 * A tool's {@code returnDirect} is ignored: Codex's model always reads the result. Whatever the callback throws reaches Codex's model as a failed tool result.
 */
public final class SpringAiDynamicTools {

	/** The {@link ToolContext} key of the Codex thread id. */
	public static final String THREAD_ID = "codexThreadId";

	/** The {@link ToolContext} key of the Codex turn id. */
	public static final String TURN_ID = "codexTurnId";

	private SpringAiDynamicTools() {
	}

	/** The dynamic tool for one callback, with {@link DynamicTool#DEFAULT_TIMEOUT}. */
	public static DynamicTool of(ToolCallback callback) {
		return of(callback, DynamicTool.DEFAULT_TIMEOUT);
	}

	/** The dynamic tool for one callback, with a timeout for each call. */
	public static DynamicTool of(ToolCallback callback, Duration timeout) {
		Objects.requireNonNull(callback, "callback");
		ToolDefinition definition = callback.getToolDefinition();
		String description = (definition.description() != null) ? definition.description() : "";
		return DynamicTool.of(definition.name(), description, inputSchema(definition), (call) -> {
			try {
				return DynamicToolResult.text(callback.call(Json.write(call.arguments()), toolContext(call)));
			}
			catch (ToolExecutionException ex) {
				// the tool method's own exception: the model reads its message, as with Spring AI's default processor
				Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
				String message = cause.getMessage();
				return DynamicToolResult.failure("The tool call failed: " + cause.getClass().getSimpleName()
						+ ((message != null) ? ": " + message : ""));
			}
		}).withTimeout(timeout);
	}

	/** The {@link ToolContext} of a call: {@code codexThreadId} and {@code codexTurnId} (when the server sent them). */
	static ToolContext toolContext(DynamicToolCall call) {
		Map<String, Object> context = new HashMap<>();
		if (call.threadId() != null) {
			context.put(THREAD_ID, call.threadId());
		}
		if (call.turnId() != null) {
			context.put(TURN_ID, call.turnId());
		}
		return new ToolContext(context);
	}

	/** The dynamic tools of every callback the providers offer, in order. */
	public static List<DynamicTool> of(ToolCallbackProvider... providers) {
		List<DynamicTool> tools = new ArrayList<>();
		for (ToolCallbackProvider provider : providers) {
			for (ToolCallback callback : provider.getToolCallbacks()) {
				tools.add(of(callback));
			}
		}
		return List.copyOf(tools);
	}

	/** The dynamic tools of the {@code @Tool} methods of the given objects (through {@link ToolCallbacks#from}). */
	public static List<DynamicTool> fromToolObjects(Object... toolObjects) {
		List<DynamicTool> tools = new ArrayList<>();
		for (ToolCallback callback : ToolCallbacks.from(toolObjects)) {
			tools.add(of(callback));
		}
		return List.copyOf(tools);
	}

	/** The definition's schema as a JSON object, without the {@code $schema} keyword (the model's API needs none). */
	private static JsonNode inputSchema(ToolDefinition definition) {
		String text = definition.inputSchema();
		JsonNode schema = (text != null && !text.isBlank()) ? Json.parse(text) : null;
		if (!(schema instanceof ObjectNode object)) {
			ObjectNode empty = Json.object();
			empty.put("type", "object");
			empty.putObject("properties");
			return empty;
		}
		object.remove("$schema");
		return object;
	}

}
