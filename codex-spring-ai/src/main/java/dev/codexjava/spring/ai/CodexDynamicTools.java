package dev.codexjava.spring.ai;

import java.util.List;

import dev.codexjava.client.DynamicTool;
import dev.codexjava.client.ThreadOptions;

/**
 * The Spring AI tools the application offers to Codex threads as dynamic tools (<b>experimental</b>). The
 * auto-configured bean holds the tools of the beans listed in {@code codex.spring-ai.dynamic-tools.beans}; the
 * auto-configured {@code codex} {@link CodexToolCallback} gives them to every thread it starts, and an application
 * adds them to its own threads with {@link #applyTo(ThreadOptions.Builder)}.
 *
 * @param tools the tools, in order
 */
public record CodexDynamicTools(List<DynamicTool> tools) {

	/** Copies the list. */
	public CodexDynamicTools {
		tools = List.copyOf(tools);
	}

	/** Whether there are no tools. */
	public boolean isEmpty() {
		return this.tools.isEmpty();
	}

	/** Adds the tools to thread options being built; returns the builder. */
	public ThreadOptions.Builder applyTo(ThreadOptions.Builder builder) {
		return builder.dynamicTools(this.tools);
	}

}
