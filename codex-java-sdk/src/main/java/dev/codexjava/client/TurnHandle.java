package dev.codexjava.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.model.TurnStatus;

/**
 * A running turn: wait for its {@link #run() result}, {@link #stream() stream} its events, {@link #interrupt()
 * interrupt} it or {@link #steer(String) steer} it with more input.
 */
public final class TurnHandle {

	private final ClientCore core;

	private final TurnTracker tracker;

	private final AtomicBoolean streamed = new AtomicBoolean();

	private final GoalRun goal;

	TurnHandle(ClientCore core, TurnTracker tracker) {
		this(core, tracker, null);
	}

	TurnHandle(ClientCore core, TurnTracker tracker, GoalRun goal) {
		this.core = core;
		this.tracker = tracker;
		this.goal = goal;
	}

	/** The turn id. */
	public String id() {
		return this.tracker.turnId();
	}

	/** The thread id. */
	public String threadId() {
		return this.tracker.threadId();
	}

	/** Whether the turn has ended. */
	public boolean isDone() {
		return this.tracker.isDone();
	}

	/**
	 * Waits for the turn to end: the same as {@link #run()}, under the name that says what it does ({@code run()} is
	 * the Python SDK's name, kept for those who come from it).
	 * @return the result of a completed or interrupted turn
	 * @throws TurnFailedException if the turn failed
	 * @throws dev.codexjava.error.TransportClosedException if the connection was lost
	 * @throws dev.codexjava.error.CodexTimeoutException if the turn timeout elapsed
	 */
	public TurnResult await() {
		return run();
	}

	/**
	 * Waits for the turn to end (see {@link #await()}, the same).
	 * @return the result of a completed or interrupted turn
	 * @throws TurnFailedException if the turn failed
	 * @throws dev.codexjava.error.TransportClosedException if the connection was lost
	 * @throws dev.codexjava.error.CodexTimeoutException if the turn timeout elapsed
	 */
	public TurnResult run() {
		if (!this.streamed.get()) {
			this.tracker.stopBuffering();
		}
		// the caller is the only one waiting: wait on the internal future (no hop through a worker thread), the one
		// that completes once the listeners have been told
		return checkFailed(ClientCore.await(this.tracker.reported()));
	}

	/**
	 * The result as a future (completes on a worker thread): exceptionally with {@link TurnFailedException} for a
	 * failed turn, like {@link #run()}. Like {@link #run()}, it completes after the listeners were told of the turn's
	 * end (so a turn's metrics and spans are recorded when its result is seen).
	 */
	public CompletableFuture<TurnResult> result() {
		return this.core.publish(this.tracker.reported().thenApply(TurnHandle::checkFailed));
	}

	static TurnResult checkFailed(TurnResult result) {
		if (result.status() == TurnStatus.FAILED || result.status() == TurnStatus.UNKNOWN && result.error() != null) {
			throw new TurnFailedException(result);
		}
		return result;
	}

	/**
	 * The turn's events, in order, ending with {@link TurnEvent.Completed} (also for failed turns: inspect its
	 * result). Only this turn's events are delivered. The stream blocks while waiting for the next event; it throws
	 * {@link dev.codexjava.error.TransportClosedException} if the connection is lost and
	 * {@link dev.codexjava.error.CodexTimeoutException} when the turn timeout elapses. Events are buffered (bounded:
	 * a slow consumer loses delta events, announced by {@link TurnEvent.EventsDropped}, never items or the result).
	 * Can be called once.
	 */
	public Stream<TurnEvent> stream() {
		return StreamSupport.stream(
				Spliterators.spliteratorUnknownSize(events(), Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	/**
	 * The turn's events as a {@link java.util.concurrent.Flow.Publisher} for reactive consumers (one subscriber;
	 * demand is honoured, events are pulled from the same bounded buffer as {@link #stream()}). Either this or
	 * {@link #stream()} can be used, once.
	 */
	public java.util.concurrent.Flow.Publisher<TurnEvent> publisher() {
		return new TurnEventPublisher(events(), this.core.workers());
	}

	private Iterator<TurnEvent> events() {
		if (!this.streamed.compareAndSet(false, true)) {
			throw new IllegalStateException("stream() or publisher() can be used only once per turn");
		}
		Iterator<TurnEvent> iterator = new Iterator<>() {
			private TurnEvent next;

			private boolean finished;

			@Override
			public boolean hasNext() {
				if (this.next != null) {
					return true;
				}
				if (this.finished) {
					return false;
				}
				this.next = TurnHandle.this.tracker.next();
				if (this.next == null) {
					this.finished = true;
					return false;
				}
				return true;
			}

			@Override
			public TurnEvent next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				TurnEvent event = this.next;
				this.next = null;
				return event;
			}
		};
		return iterator;
	}

	/** The agent message text received so far for {@code itemId} (restarts when the item is re-sent), or null. */
	public @Nullable String partialText(String itemId) {
		return this.tracker.partialText(itemId);
	}

	/**
	 * Asks the server to stop the turn; it then ends with status {@code interrupted}. For a goal, the goal is paused
	 * and its current turn interrupted.
	 */
	public void interrupt() {
		if (this.goal != null) {
			this.goal.interrupt();
			return;
		}
		ClientCore.await(interruptAsync());
	}

	/** {@link #interrupt()} as a future. */
	public CompletableFuture<Void> interruptAsync() {
		String turnId = this.tracker.activeTurnId();
		Params params = Params.create().put("threadId", threadId());
		params = (turnId != null) ? params.put("turnId", turnId) : params.putNull("turnId");
		return this.core.request("turn/interrupt", params.node()).thenApply((r) -> null);
	}

	/** Adds input to the running turn. */
	public void steer(String text) {
		steer(List.of(Input.text(Prompts.require(text))));
	}

	/**
	 * Adds input to the running turn.
	 * @throws InvalidRequestException if the turn is no longer running
	 */
	public void steer(List<Input> input) {
		ClientCore.await(steerAsync(input));
	}

	/** {@link #steer(List)} as a future. */
	public CompletableFuture<Void> steerAsync(List<Input> input) {
		Objects.requireNonNull(input, "input");
		if (input.isEmpty()) {
			throw new IllegalArgumentException("steer input must not be empty");
		}
		String target = this.tracker.activeTurnId();
		if (this.goal != null) {
			String current = this.goal.currentTurnId();
			if (current != null) {
				target = current;
			}
		}
		Params params = Params.create().put("threadId", threadId());
		params = (target != null) ? params.put("expectedTurnId", target) : params.putNull("expectedTurnId");
		params.putArray("input", RequestEncoder.inputs(input));
		return this.core.request("turn/steer", params.node()).thenApply((JsonNode r) -> null);
	}

	@Override
	public String toString() {
		return "TurnHandle[thread=" + threadId() + ", turn=" + id() + ", done=" + isDone() + "]";
	}

}
