package dev.codexjava.sample;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnHandle;

/**
 * Streams a turn as Server-Sent Events: {@code POST /api/threads/{id}/turns/stream} with {@code {"prompt": "..."}}
 * answers {@code text/event-stream} with {@code accepted} at once, then the events of {@link TurnEventMessages},
 * ending with {@code completed} (the {@link dev.codexjava.client.TurnResult}). An unknown thread ({@code 404}) or a
 * busy one ({@code 409}) is an ordinary error response; if the server then refuses to start the turn, the stream
 * carries an {@code error} event. Events are written as the client takes
 * them (see {@link TurnStream}), with no fixed limit on concurrent streams; an idle stream gets a heartbeat comment
 * ({@link TurnStreams}). If the client goes away, the turn is interrupted.
 */
@RestController
public class TurnStreamController {

	private final ThreadRegistry threads;

	private final TurnStreams streams;

	private final PendingApprovals approvals;

	private final Duration timeout;

	/**
	 * A controller that streams turns.
	 * @param threads the registry of threads
	 * @param streams the open streams
	 * @param approvals the approval requests waiting for a person
	 * @param codex the client, for its turn timeout
	 */
	public TurnStreamController(ThreadRegistry threads, TurnStreams streams, PendingApprovals approvals,
			Codex codex) {
		this.threads = threads;
		this.streams = streams;
		this.approvals = approvals;
		Duration turnTimeout = codex.config().turnTimeout();
		this.timeout = (turnTimeout != null && !turnTimeout.isZero()) ? turnTimeout.plusSeconds(30) : Duration.ZERO;
	}

	/**
	 * Starts a turn and streams it.
	 * @param id the thread id
	 * @param request the prompt
	 * @return the event stream
	 */
	@PostMapping(path = "/api/threads/{id}/turns/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	public SseEmitter streamTurn(@PathVariable String id, @RequestBody PromptRequest request) {
		String prompt = request.requirePrompt();
		CodexThread thread = this.threads.get(id);
		// throws ThreadBusyException (409) at once; the server's answer to turn/start comes later
		CompletableFuture<TurnHandle> starting = thread.turnAsync(prompt);
		// 0: no timeout of the emitter's own (the turn timeout ends the turn, and with it the stream)
		SseEmitter emitter = new SseEmitter(this.timeout.toMillis());
		TurnStream stream = new TurnStream(thread.id(), emitter, this.streams, this.approvals);
		stream.open();
		starting.whenComplete((turn, failure) -> {
			if (failure != null) {
				stream.failedToStart(failure);
			}
			else {
				stream.attach(turn);
			}
		});
		return emitter;
	}

}
