package dev.codexjava.sample;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.codexjava.client.Codex;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;

/**
 * Streams a turn as Server-Sent Events: {@code POST /api/threads/{id}/turns/stream} with {@code {"prompt": "..."}}
 * answers {@code text/event-stream} with the events of {@link TurnEventMessages}, ending with {@code completed}
 * (the {@link dev.codexjava.client.TurnResult}). The turn starts before the response does, so an unknown thread
 * ({@code 404}) or a busy one ({@code 409}) is an ordinary error response. If the client goes away, the turn is
 * interrupted.
 */
@RestController
public class TurnStreamController {

	private static final Log logger = LogFactory.getLog(TurnStreamController.class);

	private final ThreadRegistry threads;

	private final Executor executor;

	private final Duration timeout;

	/**
	 * A controller that pumps events on {@code executor}.
	 * @param threads the registry of threads
	 * @param codex the client, for its turn timeout
	 * @param executor Spring Boot's task executor (stopped with the context)
	 */
	public TurnStreamController(ThreadRegistry threads, Codex codex,
			@Qualifier("applicationTaskExecutor") Executor executor) {
		this.threads = threads;
		this.executor = executor;
		this.timeout = codex.config().turnTimeout().plusSeconds(30);
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
		TurnHandle turn = this.threads.get(id).turn(prompt);
		SseEmitter emitter = new SseEmitter(this.timeout.toMillis());
		emitter.onTimeout(() -> interrupt(turn));
		emitter.onError((ex) -> interrupt(turn));
		try {
			this.executor.execute(() -> pump(turn, emitter));
		}
		catch (RuntimeException ex) {
			interrupt(turn);
			throw ex;
		}
		return emitter;
	}

	private void pump(TurnHandle turn, SseEmitter emitter) {
		AtomicLong sequence = new AtomicLong();
		try (Stream<TurnEvent> events = turn.stream()) {
			Iterator<TurnEvent> iterator = events.iterator();
			while (iterator.hasNext()) {
				TurnEventMessages.Message message = TurnEventMessages.of(iterator.next()).orElse(null);
				if (message != null) {
					emitter.send(SseEmitter.event()
						.id(Long.toString(sequence.incrementAndGet()))
						.name(message.name())
						.data(message.data(), MediaType.APPLICATION_JSON));
				}
			}
			emitter.complete();
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away (or the emitter timed out): nobody is listening any more
			logger.debug("Event stream of turn " + turn.id() + " closed early: " + ex);
			interrupt(turn);
		}
		catch (RuntimeException ex) {
			// the connection to the app-server was lost or the turn timed out: tell the page, then end the stream
			logger.warn("Event stream of turn " + turn.id() + " failed: " + ex.getMessage());
			try {
				emitter.send(SseEmitter.event()
					.name("error")
					.data(Map.of("message", String.valueOf(ex.getMessage()), "willRetry", false),
							MediaType.APPLICATION_JSON));
				emitter.complete();
			}
			catch (IOException | IllegalStateException closed) {
				emitter.completeWithError(ex);
			}
		}
	}

	private static void interrupt(TurnHandle turn) {
		if (!turn.isDone()) {
			try {
				turn.interruptAsync();
			}
			catch (RuntimeException ex) {
				logger.debug("Could not interrupt turn " + turn.id() + ": " + ex);
			}
		}
	}

}
