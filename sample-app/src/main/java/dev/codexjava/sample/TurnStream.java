package dev.codexjava.sample;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;

/**
 * One turn streamed to one client: subscribes to the turn's {@link TurnHandle#publisher() publisher} and asks for
 * the next event only once the previous one was written, so events are pulled as fast as the client reads them and
 * no thread of this app waits for them. Also carries the turn's {@code approval} events and the heartbeat comments.
 * When a write fails (the client went away) or the emitter times out, the turn is interrupted and the stream's
 * pending approvals are declined. A failure is logged with its details; the client only gets
 * {@link ClientErrors#TURN_FAILED}.
 */
final class TurnStream implements Flow.Subscriber<TurnEvent> {

	private static final Log logger = LogFactory.getLog(TurnStream.class);

	private final String threadId;

	/** Set once the server accepted the turn. */
	private volatile TurnHandle turn;

	private final SseEmitter emitter;

	private final TurnStreams streams;

	private final PendingApprovals approvals;

	/** Orders writes and the end of the stream (the emitter's own lock only orders writes). */
	private final ReentrantLock lock = new ReentrantLock();

	private final AtomicLong sequence = new AtomicLong();

	private final AtomicBoolean heartbeatQueued = new AtomicBoolean();

	private volatile long lastWriteNanos = System.nanoTime();

	private volatile boolean closed;

	private volatile Flow.Subscription subscription;

	TurnStream(String threadId, SseEmitter emitter, TurnStreams streams, PendingApprovals approvals) {
		this.threadId = threadId;
		this.emitter = emitter;
		this.streams = streams;
		this.approvals = approvals;
	}

	/**
	 * Opens the stream while the turn starts: the first event, {@code accepted}, goes out at once, so the client
	 * hears back without waiting for the server to accept the turn.
	 */
	void open() {
		this.emitter.onTimeout(() -> abandon("the stream timed out"));
		this.emitter.onError((ex) -> abandon("the connection failed: " + ex));
		this.emitter.onCompletion(() -> abandon("the stream ended"));
		send("accepted", Map.of("threadId", this.threadId));
	}

	/**
	 * The server accepted the turn: registers the stream and starts pulling the turn's events (or interrupts the
	 * turn if the client already went away).
	 * @param handle the running turn
	 */
	void attach(TurnHandle handle) {
		this.lock.lock();
		try {
			this.turn = handle;
			if (this.closed) {
				interrupt();
				return;
			}
			this.streams.add(this);
		}
		finally {
			this.lock.unlock();
		}
		send("started", Map.of("turnId", handle.id()));
		handle.publisher().subscribe(this);
	}

	/**
	 * The turn could not start: the details to the log, a generic message to the client.
	 * @param failure why
	 */
	void failedToStart(Throwable failure) {
		logger.warn("Turn of thread " + this.threadId + " could not start", failure);
		send("error", ClientErrors.turnFailed(false));
		finish();
	}

	String turnId() {
		TurnHandle current = this.turn;
		return (current != null) ? current.id() : null;
	}

	String threadId() {
		return this.threadId;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(1);
	}

	@Override
	public void onNext(TurnEvent event) {
		if (event instanceof TurnEvent.Error error && !error.willRetry()) {
			logger.warn("Turn " + turnId() + " of thread " + threadId() + " reported an error: "
					+ ((error.error() != null) ? error.error().message() : "unknown"));
		}
		// 'started' was sent on attach
		TurnEventMessages.Message message = (event instanceof TurnEvent.Started) ? null
				: TurnEventMessages.of(event).orElse(null);
		if (message != null && !send(message.name(), message.data())) {
			return;
		}
		if (event instanceof TurnEvent.Completed) {
			finish();
			return;
		}
		this.subscription.request(1);
	}

	@Override
	public void onError(Throwable failure) {
		// the connection to the app-server was lost or the turn timed out: details to the log, a generic message out
		logger.warn("Event stream of turn " + turnId() + " of thread " + threadId() + " failed", failure);
		send("error", ClientErrors.turnFailed(false));
		finish();
		interrupt();
	}

	@Override
	public void onComplete() {
		finish();
	}

	/**
	 * Sends one event.
	 * @param name the event name
	 * @param data its JSON data
	 * @return whether it was written; {@code false} if the stream is closed or the client went away (the turn is
	 * then interrupted)
	 */
	boolean send(String name, Object data) {
		this.lock.lock();
		try {
			if (this.closed) {
				return false;
			}
			this.emitter.send(SseEmitter.event()
				.id(Long.toString(this.sequence.incrementAndGet()))
				.name(name)
				.data(data, MediaType.APPLICATION_JSON));
			this.lastWriteNanos = System.nanoTime();
			return true;
		}
		catch (IOException | IllegalStateException ex) {
			gone(ex);
			return false;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** How long nothing was written, at {@code now} ({@link System#nanoTime()}). */
	long idleNanos(long now) {
		return now - this.lastWriteNanos;
	}

	/** Takes the right to queue one heartbeat; {@code false} while one is still queued or writing. */
	boolean claimHeartbeat() {
		return !this.closed && this.heartbeatQueued.compareAndSet(false, true);
	}

	void releaseHeartbeat() {
		this.heartbeatQueued.set(false);
	}

	/** Writes a heartbeat comment, unless an event is being written right now (then the stream is not idle). */
	void heartbeat() {
		try {
			if (!this.lock.tryLock()) {
				return;
			}
			try {
				if (!this.closed) {
					this.emitter.send(SseEmitter.event().comment("heartbeat"));
					this.lastWriteNanos = System.nanoTime();
				}
			}
			finally {
				this.lock.unlock();
			}
		}
		catch (IOException | IllegalStateException ex) {
			gone(ex);
		}
		finally {
			releaseHeartbeat();
		}
	}

	/** A write failed: nobody is listening any more. */
	private void gone(Exception ex) {
		logger.debug("Event stream of turn " + turnId() + " closed early: " + ex);
		abandon("the client went away");
	}

	/** Ends the stream normally, after its last event. */
	private void finish() {
		if (close()) {
			try {
				this.emitter.complete();
			}
			catch (RuntimeException ex) {
				logger.debug("Could not complete the event stream of turn " + turnId() + ": " + ex);
			}
		}
	}

	/**
	 * Ends the stream early: stops pulling events, declines the stream's pending approvals and interrupts the turn
	 * if it is still running. Idempotent.
	 * @param reason why, for the log
	 */
	void abandon(String reason) {
		if (close()) {
			logger.info("Event stream of turn " + turnId() + " ended early (" + reason + "); interrupting the turn");
			Flow.Subscription current = this.subscription;
			if (current != null) {
				current.cancel();
			}
			interrupt();
			try {
				this.emitter.complete();
			}
			catch (RuntimeException ex) {
				logger.debug("Could not complete the event stream of turn " + turnId() + ": " + ex);
			}
		}
	}

	/** Abandons the stream at shutdown. */
	void abandon() {
		abandon("the application is stopping");
	}

	private boolean close() {
		this.lock.lock();
		try {
			if (this.closed) {
				return false;
			}
			this.closed = true;
		}
		finally {
			this.lock.unlock();
		}
		if (this.turn != null) {
			this.streams.remove(this);
		}
		this.approvals.streamClosed(this);
		return true;
	}

	private void interrupt() {
		TurnHandle current = this.turn;
		if (current != null && !current.isDone()) {
			try {
				current.interruptAsync().exceptionally((ex) -> {
					logger.debug("Could not interrupt turn " + turnId() + ": " + ex);
					return null;
				});
			}
			catch (RuntimeException ex) {
				logger.debug("Could not interrupt turn " + turnId() + ": " + ex);
			}
		}
	}

	@Override
	public String toString() {
		return "TurnStream[thread=" + threadId() + ", turn=" + turnId() + ", closed=" + this.closed + "]";
	}

}
