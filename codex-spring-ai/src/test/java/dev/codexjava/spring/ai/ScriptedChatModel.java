package dev.codexjava.spring.ai;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;

/**
 * A chat model that answers from a script, as a real one would over the wire: each step maps the prompt it gets to
 * an assistant message, which may ask for tool calls. The {@code ChatClient}'s tool-calling advisor runs the tools
 * and calls again with their answers, exactly as with a provider's model.
 */
final class ScriptedChatModel implements ChatModel {

	private final Deque<Function<Prompt, AssistantMessage>> steps = new ArrayDeque<>();

	private final List<Prompt> prompts = new CopyOnWriteArrayList<>();

	/** Adds the next step. */
	synchronized ScriptedChatModel then(Function<Prompt, AssistantMessage> step) {
		this.steps.add(step);
		return this;
	}

	/** Adds a step that asks for one tool call. */
	ScriptedChatModel thenCallTool(String name, String argumentsJson) {
		return then((prompt) -> AssistantMessage.builder()
			.content("")
			.toolCalls(List.of(new AssistantMessage.ToolCall("call-" + this.prompts.size(), "function", name,
					argumentsJson)))
			.build());
	}

	/** Adds a step that answers with {@code prefix} followed by the answer of the last tool call. */
	ScriptedChatModel thenAnswerWithToolResult(String prefix) {
		return then((prompt) -> AssistantMessage.builder().content(prefix + lastToolResponse(prompt)).build());
	}

	@Override
	public ChatResponse call(Prompt prompt) {
		this.prompts.add(prompt);
		Function<Prompt, AssistantMessage> step;
		synchronized (this) {
			step = this.steps.poll();
		}
		if (step == null) {
			throw new IllegalStateException("The script has no step left for prompt " + prompt.getContents());
		}
		return new ChatResponse(List.of(new Generation(step.apply(prompt))));
	}

	@Override
	public ChatOptions getOptions() {
		// like a provider's options: the ChatClient passes tool callbacks and tool context through them
		return ToolCallingChatOptions.builder().build();
	}

	/** The prompts received so far. */
	List<Prompt> prompts() {
		return List.copyOf(this.prompts);
	}

	/** The tools offered in a prompt. */
	static List<String> toolNames(Prompt prompt) {
		if (prompt.getOptions() instanceof ToolCallingChatOptions options) {
			return options.getToolCallbacks().stream().map(ToolCallback::getToolDefinition).map((d) -> d.name()).toList();
		}
		return List.of();
	}

	/** The answer of the newest tool call in a prompt's messages. */
	static String lastToolResponse(Prompt prompt) {
		List<Message> messages = prompt.getInstructions();
		for (int i = messages.size() - 1; i >= 0; i--) {
			if (messages.get(i) instanceof ToolResponseMessage response && !response.getResponses().isEmpty()) {
				return response.getResponses().get(response.getResponses().size() - 1).responseData();
			}
		}
		throw new IllegalStateException("No tool response in the prompt");
	}

}
