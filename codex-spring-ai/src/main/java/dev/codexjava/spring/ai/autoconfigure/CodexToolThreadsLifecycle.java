package dev.codexjava.spring.ai.autoconfigure;

import org.springframework.context.SmartLifecycle;

import dev.codexjava.spring.ai.CodexToolCallback;

/**
 * Closes the Codex tool's conversation threads when the context stops, while the app-server still runs: its phase is
 * one above the Codex client's lifecycle, so it stops first (and after the web server has drained its requests).
 */
final class CodexToolThreadsLifecycle implements SmartLifecycle {

	private final CodexToolCallback tool;

	private final int phase;

	private volatile boolean running;

	CodexToolThreadsLifecycle(CodexToolCallback tool, int phase) {
		this.tool = tool;
		this.phase = phase;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.tool.close();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

}
