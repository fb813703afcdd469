package dev.codexjava.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

import dev.codexjava.error.CodexException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.ThreadItemReader;
import dev.codexjava.protocol.model.TokenCounts;
import dev.codexjava.protocol.model.Turn;
import dev.codexjava.protocol.model.TurnError;

/**
 * The client-side state of one turn: collects its result from the notifications routed to it (on the reader thread)
 * and buffers typed events for a stream consumer in a bounded queue. When the queue holds {@code capacity} events,
 * droppable events (deltas and {@link TurnEvent.Other}, but a goal's turn boundaries) are dropped and counted by
 * method; items, usage, errors and completion are always kept, so the queue exceeds {@code capacity} only by those.
 */
final class TurnTracker {

	private final String threadId;

	private final int capacity;

	private final Consumer<TurnTracker> onDone;

	private volatile String turnId;

	/** See {@link #activeTurnId()}; {@code null} while the turn runs under its own id. */
	private volatile String childTurnId;

	// collector state: written on the reader thread only
	private final List<ThreadItem> items = new ArrayList<>();

	private final Set<String> startedItems = new HashSet<>();

	private final Map<String, StringBuilder> partialText = new HashMap<>();

	/** The partial text last appended to, and its item's id (a turn's deltas come item after item). */
	private String lastPartialTextId;

	private StringBuilder lastPartialText;

	private TokenCounts turnUsage = TokenCounts.ZERO;

	private TokenCounts threadTotal;

	private Long contextWindow;

	private boolean sawUsage;

	// stream state
	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final ArrayDeque<TurnEvent> queue = new ArrayDeque<>();

	private boolean buffering;

	/** Dropped since the last {@link TurnEvent.EventsDropped}: deltas, other events, and both by method. */
	private long droppedDeltas;

	private long droppedOther;

	private final Map<String, Long> droppedByMethod = new LinkedHashMap<>();

	private boolean ended;

	/** Events queued without waking the consumer (deltas held back until the end of a burst). */
	private int unsignalled;

	private long signals;

	/** Most deltas held back before the consumer is woken anyway (bounds the latency of a long burst). */
	static final int MAX_UNSIGNALLED = 32;

	/**
	 * While deltas flow faster than this, the stream consumer looks for them itself this long after it found the queue
	 * empty, instead of being woken for each: one wake-up per {@value} ns instead of one per delta. The most a delta
	 * waits in the queue for it.
	 */
	static final long LINGER_NANOS = 1_000_000;

	/** Whether the stream consumer waits {@link #LINGER_NANOS} and will look by itself (no need to wake it). */
	private boolean lingering;

	/** Deltas queued while the consumer lingers before it is woken anyway. */
	private final int lingerLimit;

	/** Consumer side: whether the last events came within {@link #LINGER_NANOS} of each other. */
	private boolean flowing;

	private Throwable failure;

	private final AtomicBoolean done = new AtomicBoolean();

	private final CompletableFuture<TurnResult> result = new CompletableFuture<>();

	private volatile CompletableFuture<TurnResult> reported;

	/** Looks for reports that the model cannot be reached, or {@code null}. */
	private volatile UnreachableModelWatch unreachableWatch;

	TurnTracker(String threadId, int capacity, boolean buffering, Consumer<TurnTracker> onDone) {
		this.threadId = threadId;
		this.capacity = capacity;
		this.lingerLimit = Math.max(1, Math.min(256, capacity / 2));
		this.buffering = buffering;
		this.onDone = onDone;
	}

	String threadId() {
		return this.threadId;
	}

	String turnId() {
		return this.turnId;
	}

	void bind(String turnId) {
		this.turnId = turnId;
	}

	/**
	 * The id the server runs this turn under now: {@link #turnId()}, or for a turn that runs as a child turn (a review:
	 * its {@code turn/started} names a new id whose {@code rootTurnId} is this turn's) the child's id, which
	 * {@code turn/interrupt} and {@code turn/steer} expect.
	 */
	String activeTurnId() {
		String child = this.childTurnId;
		return (child != null) ? child : this.turnId;
	}

	/** Reader thread: the server started this turn's work under {@code childTurnId} (see {@link #activeTurnId()}). */
	void runsAs(String childTurnId) {
		this.childTurnId = childTurnId;
	}

	/** Completes (on the reader thread) with the result, whatever the status; exceptionally on transport loss. */
	CompletableFuture<TurnResult> result() {
		return this.result;
	}

	/**
	 * Like {@link #result()}, but completes after the listeners were told of the turn's end (once
	 * {@link ClientCore#watchTurn} ran; until then, the result itself). Completes on the reader thread.
	 */
	CompletableFuture<TurnResult> reported() {
		CompletableFuture<TurnResult> r = this.reported;
		return (r != null) ? r : this.result;
	}

	void reported(CompletableFuture<TurnResult> future) {
		this.reported = future;
	}

	/** Lets {@code watch} see this turn's notifications (set before the turn starts). */
	void watchReachability(UnreachableModelWatch watch) {
		this.unreachableWatch = watch;
	}

	boolean isDone() {
		return this.done.get();
	}

	/** Whether the turn ended through {@link #fail} with a failure of this type. */
	boolean failedBy(Class<? extends Throwable> type) {
		this.lock.lock();
		try {
			return type.isInstance(this.failure);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Whether the end of the turn is visible to a stream consumer. */
	boolean isEnded() {
		this.lock.lock();
		try {
			return this.ended;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** How often the stream consumer was signalled so far (test hook). */
	long signals() {
		this.lock.lock();
		try {
			return this.signals;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Test hook: runs {@code action} under the stream's lock if the stream consumer lingers now (it then lingers until
	 * {@code action} returns); whether it did.
	 */
	boolean whileLingering(Runnable action) {
		this.lock.lock();
		try {
			if (!this.lingering) {
				return false;
			}
			action.run();
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	String partialText(String itemId) {
		this.lock.lock();
		try {
			StringBuilder sb = this.partialText.get(itemId);
			return (sb != null) ? sb.toString() : null;
		}
		finally {
			this.lock.unlock();
		}
	}

	List<ThreadItem> items() {
		return this.items;
	}

	/** Stops buffering events (nobody will stream) and frees the buffer. */
	void stopBuffering() {
		this.lock.lock();
		try {
			this.buffering = false;
			this.queue.clear();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Routes one notification of this turn, waking a stream consumer at once. */
	void accept(String method, JsonNode params) {
		accept(method, params, false);
	}

	/**
	 * Routes one notification of this turn. Reader thread.
	 * @param holdWakeUp whether a delta may be queued without waking the stream consumer; then the caller must call
	 * {@link #wakeUp()} when this returns {@code true} (at the end of the burst)
	 * @return whether a wake-up is now owed (it was not before)
	 */
	boolean accept(String method, JsonNode params, boolean holdWakeUp) {
		if (this.done.get()) {
			return false;
		}
		UnreachableModelWatch watch = this.unreachableWatch;
		if (watch != null) {
			watch.observe(method, params, this.turnId);
		}
		switch (method) {
			case "turn/started" -> enqueue(new TurnEvent.Started(this.turnId));
			case "item/started" -> {
				ThreadItem item = ThreadItemReader.read(params.get("item"));
				boolean restarted = item.id() != null && !this.startedItems.add(item.id());
				if (item instanceof ThreadItem.AgentMessage) {
					this.lock.lock();
					try {
						// the builder its deltas will find at hand: the first delta of an item takes the same branch of
						// partialTextOf as the rest (a new branch there at every item would deoptimise the delta path)
						StringBuilder text = new StringBuilder();
						this.partialText.put(item.id(), text);
						this.lastPartialTextId = item.id();
						this.lastPartialText = text;
					}
					finally {
						this.lock.unlock();
					}
				}
				enqueue(new TurnEvent.ItemStarted(item, restarted));
			}
			case "item/completed" -> {
				ThreadItem item = ThreadItemReader.read(params.get("item"));
				this.items.add(item);
				enqueue(new TurnEvent.ItemCompleted(item));
			}
			case "item/agentMessage/delta", "item/reasoning/summaryTextDelta", "item/reasoning/textDelta",
					"item/commandExecution/outputDelta" -> {
				String itemId = Json.text(params, "itemId");
				String delta = Json.text(params, "delta");
				if (itemId == null || delta == null) {
					// the typed delta's components are never null
					return enqueueDroppable(new TurnEvent.Other(method, params), method, holdWakeUp);
				}
				return delta(method, itemId, delta, holdWakeUp);
			}
			case "thread/tokenUsage/updated" -> {
				JsonNode usage = params.get("tokenUsage");
				TokenCounts last = TokenCounts.from((usage != null) ? usage.get("last") : null);
				TokenCounts total = TokenCounts.from((usage != null) ? usage.get("total") : null);
				this.turnUsage = this.turnUsage.plus(last);
				this.threadTotal = total;
				this.contextWindow = (usage != null) ? Json.countValue(usage, "modelContextWindow") : null;
				this.sawUsage = true;
				enqueue(new TurnEvent.TokenUsage(last, total, this.contextWindow));
			}
			case "error" -> {
				JsonNode willRetry = params.get("willRetry");
				enqueue(new TurnEvent.Error(TurnError.from(params.get("error")),
						willRetry != null && willRetry.asBoolean(false)));
			}
			case "turn/completed" -> {
				JsonNode turn = params.get("turn");
				complete((turn != null) ? Turn.from(turn) : null, params);
			}
			// a goal's turn boundaries: one per physical turn, never dropped
			case "goal/turn/started", "goal/turn/completed" -> enqueue(new TurnEvent.Other(method, params));
			default -> {
				return enqueueDroppable(new TurnEvent.Other(method, params), method, holdWakeUp);
			}
		}
		return false;
	}

	/**
	 * Routes one streamed delta of this turn given by its strings (read without a tree): what {@link #accept} does
	 * for a delta notification whose {@code itemId} and {@code delta} are strings. Reader thread.
	 * @param method {@code item/agentMessage/delta}, {@code item/reasoning/summaryTextDelta},
	 * {@code item/reasoning/textDelta} or {@code item/commandExecution/outputDelta}
	 * @return as {@link #accept(String, JsonNode, boolean)}
	 */
	boolean acceptDelta(String method, String itemId, String delta, boolean holdWakeUp) {
		if (this.done.get()) {
			return false;
		}
		UnreachableModelWatch watch = this.unreachableWatch;
		if (watch != null) {
			watch.observeDelta(method);
		}
		return delta(method, itemId, delta, holdWakeUp);
	}

	private boolean delta(String method, String itemId, String delta, boolean holdWakeUp) {
		// one critical section per delta: the partial text and the event together, nothing re-entered (a delta's path
		// is what the JIT compiles for a turn's thousands of lines: the less it holds, the less it costs)
		this.lock.lock();
		try {
			TurnEvent event;
			switch (method) {
				case "item/agentMessage/delta" -> {
					partialTextOf(itemId).append(delta);
					event = new TurnEvent.AgentMessageDelta(itemId, delta);
				}
				case "item/reasoning/summaryTextDelta" -> event = new TurnEvent.ReasoningDelta(itemId, "summary", delta);
				case "item/reasoning/textDelta" -> event = new TurnEvent.ReasoningDelta(itemId, "text", delta);
				default -> event = new TurnEvent.CommandOutputDelta(itemId, delta);
			}
			return offerDroppable(event, method, holdWakeUp);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The partial text of agent message {@code itemId}; the last one asked for is at hand (lock held). */
	private StringBuilder partialTextOf(String itemId) {
		StringBuilder sb = this.lastPartialText;
		if (sb == null || !itemId.equals(this.lastPartialTextId)) {
			sb = this.partialText.computeIfAbsent(itemId, (k) -> new StringBuilder());
			this.lastPartialTextId = itemId;
			this.lastPartialText = sb;
		}
		return sb;
	}

	/** Wakes the stream consumer if deltas were queued without waking it. */
	void wakeUp() {
		this.lock.lock();
		try {
			if (this.unsignalled > 0) {
				signal();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	void complete(Turn turn, JsonNode params) {
		if (this.done.get()) {
			return;
		}
		TurnResult r;
		if (turn == null) {
			// the payload could not be read: end the turn anyway, by method and id
			r = new TurnResult(this.turnId, this.threadId, dev.codexjava.protocol.model.TurnStatus.UNKNOWN,
					new TurnError("turn/completed payload could not be read" + ((params != null) ? ": " + params : ""),
							null, null, params), null,
					null, null, TurnResult.finalResponseOf(this.items), this.items, usage());
		}
		else {
			r = new TurnResult(this.turnId, this.threadId, turn.status(), turn.error(), turn.startedAt(),
					turn.completedAt(), turn.durationMs(), TurnResult.finalResponseOf(this.items), this.items,
					usage());
		}
		// claimed only once the result is built: if building it throws, the turn can still be failed
		if (!this.done.compareAndSet(false, true)) {
			return;
		}
		// free the thread before anyone waiting on the stream or the result can try the next turn
		this.onDone.accept(this);
		// the listeners (see ClientCore#watchTurn) are told before a stream consumer sees the end
		this.result.complete(r);
		this.lock.lock();
		try {
			if (this.buffering) {
				flushDropped();
				this.queue.add(new TurnEvent.Completed(r));
			}
			this.ended = true;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private TurnUsage usage() {
		return this.sawUsage ? TurnUsage.of(this.turnUsage, this.threadTotal, this.contextWindow) : null;
	}

	/** Ends the turn with a failure (transport closed, timeout, start failed). Any thread. */
	void fail(Throwable cause) {
		if (!this.done.compareAndSet(false, true)) {
			return;
		}
		this.onDone.accept(this);
		this.result.completeExceptionally(cause);
		this.lock.lock();
		try {
			if (this.buffering) {
				// what the full buffer dropped is announced before the failure, as before Completed
				flushDropped();
			}
			this.failure = cause;
			this.ended = true;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Queues an event that is never dropped nor held back (items, usage, errors, turn boundaries) and wakes the stream
	 * consumer. Apart from {@link #offerDroppable}'s path on purpose: the JIT compiles that one for a turn's
	 * thousands of deltas alone, and the few events of a turn's end do not invalidate it.
	 */
	private void enqueue(TurnEvent event) {
		this.lock.lock();
		try {
			if (!this.buffering) {
				return;
			}
			flushDropped();
			this.queue.add(event);
			signal();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** {@link #offerDroppable} under the lock. */
	private boolean enqueueDroppable(TurnEvent event, String method, boolean holdWakeUp) {
		this.lock.lock();
		try {
			return offerDroppable(event, method, holdWakeUp);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Queues a droppable event of notification {@code method} for the stream consumer (dropped when the queue is full)
	 * and wakes it, unless it lingers (then only once {@link #lingerLimit} events wait) or {@code holdWakeUp} allows
	 * holding the wake-up back, up to {@link #MAX_UNSIGNALLED} events and while fewer than {@link #lingerLimit} wait
	 * (a small buffer would fill before the burst's end). The lock is held.
	 * @return whether a wake-up is owed now that was not before
	 */
	private boolean offerDroppable(TurnEvent event, String method, boolean holdWakeUp) {
		if (!this.buffering) {
			return false;
		}
		if (this.queue.size() >= this.capacity) {
			if (event instanceof TurnEvent.Other) {
				this.droppedOther++;
			}
			else {
				this.droppedDeltas++;
			}
			this.droppedByMethod.merge(method, 1L, Long::sum);
			return false;
		}
		flushDropped();
		this.queue.add(event);
		if (this.lingering) {
			if (this.queue.size() >= this.lingerLimit) {
				// half the buffer waits: wake it at once, not at the end of the burst (that could fill the buffer)
				signal();
			}
			// else the consumer looks by itself within LINGER_NANOS: nothing owed
			return false;
		}
		if (holdWakeUp && this.unsignalled < MAX_UNSIGNALLED && this.queue.size() < this.lingerLimit) {
			return this.unsignalled++ == 0;
		}
		signal();
		return false;
	}

	private void signal() {
		this.unsignalled = 0;
		this.signals++;
		this.changed.signalAll();
	}

	private void flushDropped() {
		if (this.droppedDeltas + this.droppedOther > 0) {
			this.queue.add(new TurnEvent.EventsDropped(this.droppedDeltas, this.droppedOther, this.droppedByMethod));
			this.droppedDeltas = 0;
			this.droppedOther = 0;
			this.droppedByMethod.clear();
		}
	}

	/**
	 * The next event, waiting as needed; {@code null} after the last one.
	 * @throws RuntimeException the failure that ended the turn, once buffered events are consumed
	 */
	TurnEvent next() {
		this.lock.lock();
		try {
			while (this.queue.isEmpty()) {
				if (this.ended) {
					if (this.failure != null) {
						throw rethrowable(this.failure);
					}
					return null;
				}
				if (this.flowing) {
					// deltas came faster than LINGER_NANOS: look again then instead of being woken for each one
					this.lingering = true;
					try {
						this.changed.awaitNanos(LINGER_NANOS);
					}
					finally {
						this.lingering = false;
					}
					// nothing came: the stream paused, so be woken by its next event
					this.flowing = !this.queue.isEmpty();
				}
				else {
					long waitStart = System.nanoTime();
					this.changed.await(1, TimeUnit.SECONDS);
					this.flowing = !this.queue.isEmpty() && System.nanoTime() - waitStart < LINGER_NANOS;
				}
			}
			return this.queue.poll();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CodexException("Interrupted while waiting for turn events", ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	int bufferedEvents() {
		this.lock.lock();
		try {
			return this.queue.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	static RuntimeException rethrowable(Throwable failure) {
		if (failure instanceof dev.codexjava.error.TransportClosedException closed) {
			return closed.copy();
		}
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		return new CodexException(failure.getMessage(), failure);
	}

}
