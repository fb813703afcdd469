package dev.codexjava.sample;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.error.InvalidRequestException;

/**
 * The threads this app works with, by id: the ones it started, and older ones resumed on first use. A
 * {@link CodexThread} runs one turn at a time, so every request for the same id must get the same object.
 */
@Component
public class ThreadRegistry {

	/** How many threads {@link #list()} returns at most. */
	static final int LIST_LIMIT = 50;

	private final Codex codex;

	private final Map<String, CodexThread> threads = new ConcurrentHashMap<>();

	/**
	 * A registry over {@code codex}.
	 * @param codex the auto-configured client
	 */
	public ThreadRegistry(Codex codex) {
		this.codex = codex;
	}

	/**
	 * Starts a new thread.
	 * @return the thread
	 */
	public CodexThread start() {
		CodexThread thread = this.codex.startThread();
		this.threads.put(thread.id(), thread);
		return thread;
	}

	/**
	 * The thread with {@code id}, resumed if this app did not start it.
	 * @param id the thread id
	 * @return the thread
	 * @throws UnknownThreadException if the server knows no such thread
	 */
	public CodexThread get(String id) {
		try {
			return this.threads.computeIfAbsent(id, this.codex::resumeThread);
		}
		catch (InvalidRequestException ex) {
			throw new UnknownThreadException(id, ex);
		}
	}

	/**
	 * The newest threads the server knows (at most {@value #LIST_LIMIT}).
	 * @return their summaries
	 */
	public List<ThreadSummary> list() {
		try (var stream = this.codex.listThreads()) {
			return stream.limit(LIST_LIMIT).map(ThreadSummary::of).toList();
		}
	}

}
