package dev.codexjava.sample;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.spring.autoconfigure.retry.RetryOnOverload;

/**
 * The threads this app works with, by id: the ones it started, and older ones resumed on first use. A
 * {@link CodexThread} runs one turn at a time, so every request for the same id must get the same object.
 * <p>
 * {@link #start()} and {@link #runTurn(String, String)} are {@link RetryOnOverload @RetryOnOverload} methods: when
 * Codex answers that it is overloaded (a {@code -32001} to {@code thread/start} or {@code turn/start}, or a turn that
 * fails with {@code serverOverloaded}), the starter's advice calls them again with back-off ({@code codex.retry.*})
 * and counts it ({@code codex.retries{source=advice}}, {@code codex.retry.calls}).
 */
@Component
public class ThreadRegistry {

	private static final Log logger = LogFactory.getLog(ThreadRegistry.class);

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
	 * Starts a new thread; retried while Codex is overloaded (nothing was started then, so this is always safe).
	 * @return the thread
	 */
	@RetryOnOverload
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
	 * Runs a turn on the thread with {@code id}; retried while Codex is overloaded. A turn that failed as
	 * {@code serverOverloaded} stays in the thread's history (a failed turn is not undone), so the retried turn sends
	 * the prompt again, and whatever the failed attempt did before the overload (a command it ran) is done again: keep
	 * such retries to turns where that is harmless, as in this sample's read-only sandbox. Streamed turns ({@link TurnStreamController}) are not retried: their
	 * events already went to the client.
	 * @param id the thread id
	 * @param prompt the prompt
	 * @return the turn's result, completing exceptionally with a {@link dev.codexjava.client.TurnFailedException}
	 * for a failed turn (after the retries, for an overloaded one)
	 * @throws UnknownThreadException if the server knows no such thread
	 */
	@RetryOnOverload
	public CompletableFuture<TurnResult> runTurn(String id, String prompt) {
		CodexThread thread = get(id);
		// the log line carries the request's trace and span ids (logging.pattern.correlation)
		logger.info("Running a turn on thread " + thread.id());
		return thread.turn(prompt).result();
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
