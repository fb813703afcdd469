package dev.codexjava.sample;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnResult;

/**
 * The JSON API for threads and turns.
 * <ul>
 * <li>{@code POST /api/threads}: starts a thread, answers {@code 201} with its {@link ThreadSummary}</li>
 * <li>{@code GET /api/threads}: the newest threads</li>
 * <li>{@code POST /api/threads/{id}/turns} with {@code {"prompt": "..."}}: runs a turn and answers with its
 * {@link TurnResult} (or {@code 502} with the result of a failed turn)</li>
 * </ul>
 * Streaming turns are served by {@link TurnStreamController}.
 */
@RestController
@RequestMapping("/api/threads")
public class ThreadController {

	private final ThreadRegistry threads;

	/**
	 * A controller over {@code threads}.
	 * @param threads the registry of threads
	 */
	public ThreadController(ThreadRegistry threads) {
		this.threads = threads;
	}

	/**
	 * Starts a thread.
	 * @return the new thread
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public ThreadSummary startThread() {
		CodexThread thread = this.threads.start();
		return ThreadSummary.of(thread.info());
	}

	/**
	 * Lists threads.
	 * @return the newest threads, newest first
	 */
	@GetMapping
	public List<ThreadSummary> listThreads() {
		return this.threads.list();
	}

	/**
	 * Runs a turn; the response is written when it ends.
	 * @param id the thread id
	 * @param request the prompt
	 * @return the turn's result, completing exceptionally with a {@link dev.codexjava.client.TurnFailedException}
	 * for a failed turn ({@code 502})
	 */
	@PostMapping("/{id}/turns")
	public CompletableFuture<TurnResult> runTurn(@PathVariable String id, @RequestBody PromptRequest request) {
		String prompt = request.requirePrompt();
		// no request thread waits for the turn: Spring MVC answers when the future completes; an overloaded turn is
		// retried by ThreadRegistry's @RetryOnOverload advice before the future completes
		return this.threads.runTurn(id, prompt);
	}

}
