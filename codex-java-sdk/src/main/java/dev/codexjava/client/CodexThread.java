package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.ModelUnreachableException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.generated.Methods;
import dev.codexjava.protocol.generated.ThreadRevertParams;
import dev.codexjava.protocol.generated.ThreadRevertResponse;
import dev.codexjava.protocol.model.ThreadInfo;

/**
 * A conversation with the agent. Runs one turn at a time: starting a turn while one is running throws
 * {@link ThreadBusyException} (the app-server would otherwise merge both into one turn). The rule holds per thread id
 * within a client, also for several objects of the same thread ({@link Codex#resumeThread(String)} twice). Turns on
 * different threads run concurrently over the same process.
 */
public final class CodexThread {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(CodexThread.class);

		private Logs() {
		}

	}

	private final ThreadHost owner;

	private volatile ClientCore boundCore;

	/**
	 * Held while the thread is resumed on a restarted app-server: a lock, not a monitor, as the resume waits for the
	 * server's answer (a monitor held across that wait pins a virtual thread's carrier on Java 21 to 23).
	 */
	private final ReentrantLock resumeLock = new ReentrantLock();

	private final String id;

	private final ThreadInfo info;

	private final ApprovalHandler approvalHandler;

	/** The model of the thread's turns as far as this client knows (see {@link #model()}). */
	private volatile String model;

	/** A thread the server has just opened on {@code owner}'s connection. */
	CodexThread(ThreadHost owner, OpenedThread opened) {
		this(owner, opened.core(), opened.info(), opened.handler(), opened.model());
	}

	CodexThread(ThreadHost owner, ClientCore core, ThreadInfo info, ApprovalHandler approvalHandler, String model) {
		this.owner = owner;
		this.boundCore = core;
		this.id = info.id();
		this.info = info;
		this.approvalHandler = approvalHandler;
		this.model = model;
	}

	/**
	 * The connection to use. When the app-server was replaced (restart after a crash, or {@link Codex#restart()}),
	 * the thread is first resumed on the new process ({@code thread/resume}), so the conversation continues.
	 */
	private ClientCore core() {
		return core(ClientCore.retryAllowedHere());
	}

	/** The connection that serves this thread now (a restarted app-server's, before any resume: see {@link #core()}). */
	private ClientCore currentCore() {
		return (this.owner != null) ? this.owner.coreFor(this.id) : this.boundCore;
	}

	/** {@link #core()} for an operation that captured {@code retryAllowed} at its API call. */
	private ClientCore core(boolean retryAllowed) {
		ClientCore current = currentCore();
		if (current == this.boundCore) {
			return current;
		}
		this.resumeLock.lock();
		try {
			if (current != this.boundCore) {
				Logs.log.info("Resuming thread {} on the restarted Codex app-server", this.id);
				ObjectNode params = Params.threadId(this.id);
				// (a turn another client runs on it is recorded by the router from the answer: see
				// NotificationRouter.onAnswer)
				try {
					ClientCore.await(current.request("thread/resume", params, retryAllowed));
				}
				catch (RuntimeException ex) {
					if (this.owner != null) {
						this.owner.resumeFailed(this.id, current);
					}
					throw ex;
				}
				current.registerThreadHandler(this.id, this.approvalHandler);
				this.boundCore = current;
			}
			return current;
		}
		finally {
			this.resumeLock.unlock();
		}
	}

	/** The thread id (what {@link Codex#resumeThread(String)} takes). */
	public String id() {
		return this.id;
	}

	/** The thread as the server described it when this object was created. */
	public ThreadInfo info() {
		return this.info;
	}

	/**
	 * The model this thread's turns run with, as far as this client knows: the one the server reported when the
	 * thread was started or resumed, or the last one a turn's {@link TurnOptions#model() options} chose (the server
	 * keeps it for later turns); {@code null} if unknown.
	 */
	public @Nullable String model() {
		return this.model;
	}

	/**
	 * Whether a turn or goal is running on this thread, started through this client (by this object or another one
	 * for the same thread id).
	 */
	public boolean isBusy() {
		return this.owner.threadTurns().isBusy(this.id);
	}

	// ------------------------------------------------------------------ turns

	/** Runs a turn with a text prompt and waits for its result. */
	public TurnResult run(String prompt) {
		return run(prompt, TurnOptions.none());
	}

	/** Runs a turn with a text prompt and options. */
	public TurnResult run(String prompt, TurnOptions options) {
		return run(List.of(Input.text(Prompts.require(prompt))), options);
	}

	/**
	 * Runs a turn and waits for it.
	 * @throws TurnFailedException if the turn failed
	 * @throws ThreadBusyException if a turn is already running on this thread
	 */
	public TurnResult run(List<Input> input, TurnOptions options) {
		// the caller is the only one waiting: no hop through a worker thread (see startTurn)
		return ClientCore.await(startTurn(input, options, false, ClientCore.retryAllowedHere())).run();
	}

	/**
	 * Runs a turn whose final answer must follow the JSON schema derived from {@code type} (a record), and maps the
	 * answer onto it.
	 */
	public <T> T run(String prompt, Class<T> type) {
		TurnOptions options = TurnOptions.builder().outputSchema(type).build();
		return run(prompt, options).finalResponseAs(type);
	}

	/** {@link #run(List, TurnOptions)} as a future (completes with {@link TurnFailedException} on failure). */
	public CompletableFuture<TurnResult> runAsync(List<Input> input, TurnOptions options) {
		return startTurnPublished(input, options, false).thenCompose(TurnHandle::result);
	}

	/** {@link #run(String)} as a future. */
	public CompletableFuture<TurnResult> runAsync(String prompt) {
		return runAsync(List.of(Input.text(Prompts.require(prompt))), TurnOptions.none());
	}

	/** {@link #run(String, TurnOptions)} as a future. */
	public CompletableFuture<TurnResult> runAsync(String prompt, TurnOptions options) {
		return runAsync(List.of(Input.text(Prompts.require(prompt))), options);
	}

	/** Starts a turn with a text prompt. */
	public TurnHandle turn(String prompt) {
		return turn(prompt, TurnOptions.none());
	}

	/** Starts a turn with a text prompt and options. */
	public TurnHandle turn(String prompt, TurnOptions options) {
		return turn(List.of(Input.text(Prompts.require(prompt))), options);
	}

	/**
	 * Starts a turn and returns once the server accepted it.
	 * @throws ThreadBusyException if a turn is already running on this thread
	 */
	public TurnHandle turn(List<Input> input, TurnOptions options) {
		return ClientCore.await(startTurn(input, options, true, ClientCore.retryAllowedHere()));
	}

	/** {@link #turn(String)} as a future. */
	public CompletableFuture<TurnHandle> turnAsync(String prompt) {
		return turnAsync(prompt, TurnOptions.none());
	}

	/** {@link #turn(String, TurnOptions)} as a future. */
	public CompletableFuture<TurnHandle> turnAsync(String prompt, TurnOptions options) {
		return turnAsync(List.of(Input.text(Prompts.require(prompt))), options);
	}

	/** {@link #turn(List, TurnOptions)} as a future. */
	public CompletableFuture<TurnHandle> turnAsync(List<Input> input, TurnOptions options) {
		return startTurnPublished(input, options, true);
	}

	// ------------------------------------------------------------------ review

	/**
	 * Starts a code review of {@code target} as a turn on this thread ({@code review/start}, delivered inline) and
	 * returns once the server accepted it: e.g. {@code thread.review(new ReviewTarget.UncommittedChanges(null))}, a
	 * {@link dev.codexjava.protocol.generated.ReviewTarget.BaseBranch base branch}, a
	 * {@link dev.codexjava.protocol.generated.ReviewTarget.Commit commit} or
	 * {@link dev.codexjava.protocol.generated.ReviewTarget.Custom custom instructions}. The handle works like a
	 * turn's: events, result, interrupt; the review's text is {@link TurnResult#review()}. Runs with the thread's
	 * settings (working directory, sandbox) and is subject to the turn timeout.
	 * @throws ThreadBusyException if a turn is already running on this thread
	 */
	public TurnHandle review(dev.codexjava.protocol.generated.ReviewTarget target) {
		return ClientCore.await(beginReview(target, true, ClientCore.retryAllowedHere()));
	}

	/** {@link #review} as a future (completes on a worker thread). */
	public CompletableFuture<TurnHandle> reviewAsync(dev.codexjava.protocol.generated.ReviewTarget target) {
		boolean retryAllowed = ClientCore.retryAllowedHere();
		return core(retryAllowed).publish(beginReview(target, true, retryAllowed));
	}

	private CompletableFuture<TurnHandle> beginReview(dev.codexjava.protocol.generated.ReviewTarget target,
			boolean buffer, boolean retryAllowed) {
		Objects.requireNonNull(target, "target");
		ObjectNode params = (ObjectNode) Json.toTree(new dev.codexjava.protocol.generated.ReviewStartParams(
				dev.codexjava.protocol.generated.ReviewDelivery.INLINE, target, this.id));
		return beginTurn("review/start", params, List.of(), null, buffer, retryAllowed);
	}

	/** {@link #startTurn} for application code: the future completes on a worker thread. */
	private CompletableFuture<TurnHandle> startTurnPublished(List<Input> input, TurnOptions options, boolean buffer) {
		requireValidInput(input, options);
		// captured here: turn/start may be sent from a worker thread (after a wind-down)
		boolean retryAllowed = ClientCore.retryAllowedHere();
		ClientCore core = core(retryAllowed);
		// and the listeners' context (a trace), for the same reason
		CallContext context = core.captureContext();
		// after a timed-out turn still ending on the server: start after it, without blocking the caller
		CompletableFuture<Void> windDown = windDownAsync(core);
		CompletableFuture<TurnHandle> started = windDown.isDone() ? startTurn(input, options, buffer, retryAllowed)
				: windDown.thenCompose((v) -> context.call(() -> startTurn(input, options, buffer, retryAllowed)));
		return core.publish(started);
	}

	private static void requireValidInput(List<Input> input, TurnOptions options) {
		Objects.requireNonNull(input, "input");
		Objects.requireNonNull(options, "options");
		if (input.isEmpty()) {
			throw new IllegalArgumentException("turn input must not be empty");
		}
		for (Input item : input) {
			Objects.requireNonNull(item, "input must not contain null");
		}
	}

	/**
	 * Sends {@code turn/start}, retried automatically only if {@code retryAllowed} (captured at the API call). The
	 * future completes on the reader thread: only a caller blocked on it may use it directly; application callbacks
	 * need {@link ClientCore#publish}.
	 */
	private CompletableFuture<TurnHandle> startTurn(List<Input> input, TurnOptions options, boolean buffer,
			boolean retryAllowed) {
		requireValidInput(input, options);
		ObjectNode params = RequestEncoder.turnStart(this.id, input, options);
		return beginTurn("turn/start", params, inputTexts(input), options.model(), buffer, retryAllowed);
	}

	/**
	 * Sends a request that starts a turn on this thread ({@code turn/start}, {@code review/start}) and tracks the turn
	 * its answer names, with the busy guard, turn timeout and wind-down of {@link #startTurn}.
	 * @param inputTexts the texts of the input (to tell a merge into another client's turn), may be empty
	 * @param model the model the turn chose, or {@code null}
	 */
	private CompletableFuture<TurnHandle> beginTurn(String method, ObjectNode params, List<String> inputTexts,
			String model, boolean buffer, boolean retryAllowed) {
		ClientCore core = core(retryAllowed);
		core.ensureOpen();
		// the application's thread, or a worker continuing its call (see startTurnPublished)
		CallContext context = core.captureContext();
		// the entry goes when the server closes or archives the thread: a turn through this object restores it
		core.registerThreadHandler(this.id, this.approvalHandler);
		awaitWindDown(core);
		AtomicReference<ScheduledFuture<?>> timeout = new AtomicReference<>();
		ThreadTurns turns = this.owner.threadTurns();
		TurnTracker tracker = new TurnTracker(this.id, core.config.streamBufferCapacity(), buffer, (t) -> {
			turns.release(this.id, t);
			core.router.unregister(t);
			ScheduledFuture<?> task = timeout.get();
			if (task != null) {
				task.cancel(false);
			}
		});
		Duration unreachable = core.config.modelUnreachableTimeout();
		if (unreachable != null) {
			// the watch runs on the reader thread: give up on a scheduler thread, like a turn timeout
			tracker.watchReachability(new UnreachableModelWatch(this.id, unreachable,
					(ex) -> core.schedule(() -> giveUpUnreachable(tracker, ex, retryAllowed), Duration.ZERO)));
		}
		// per thread id within the client, whichever object of this thread started the running turn
		turns.claim(this.id, tracker);
		core.router.beginStart(tracker);
		NotificationRouter.ForeignTurn foreign = core.router.foreignTurn(this.id);
		if (foreign != null) {
			// another client's turn runs on the server: ours would be merged into it
			ThreadBusyException busy = ThreadBusyException.startedElsewhere(this.id, foreign.turnId());
			core.router.abortStart(tracker);
			tracker.fail(busy);
			throw busy;
		}
		CompletableFuture<JsonNode> response;
		try {
			// an answer after the timeout names a turn nobody waits for: interrupted (see NotificationRouter.lateTurn)
			response = core.call(method, params, retryAllowed, core.config.requestTimeout(),
					(late) -> lateAnswer(core, inputTexts, late));
		}
		catch (RuntimeException ex) {
			core.router.abortStart(tracker);
			tracker.fail(ex);
			throw ex;
		}
		CompletableFuture<TurnHandle> started = response.handle((result, failure) -> {
			if (failure != null) {
				core.router.abortStart(tracker);
				tracker.fail(ClientCore.unwrap(failure));
				throw new java.util.concurrent.CompletionException(ClientCore.unwrap(failure));
			}
			String turnId = turnIdOf(result);
			if (turnId == null) {
				IllegalStateException bad = new IllegalStateException(method + " response has no turn id: " + result);
				core.router.abortStart(tracker);
				tracker.fail(bad);
				throw bad;
			}
			if (core.router.mergedInto(tracker, turnId, inputTexts)) {
				// the server folded our input into another client's running turn (it started after the check above)
				ThreadBusyException busy = ThreadBusyException.merged(this.id, turnId);
				// (recorded as another client's turn: the next turn of this client is refused until it ends)
				core.router.abortMerged(tracker, turnId);
				tracker.fail(busy);
				throw busy;
			}
			core.router.bind(tracker, turnId);
			if (model != null) {
				this.model = model;
			}
			core.turnStarted(this.id, turnId, this.model, context);
			core.watchTurn(this.id, tracker);
			Duration turnTimeout = core.config.turnTimeout();
			if (turnTimeout != null && !tracker.isDone()) {
				timeout.set(core.schedule(() -> timeOut(tracker, turnTimeout, retryAllowed), turnTimeout));
				if (tracker.isDone()) {
					// it ended meanwhile (on the reader thread, before the timeout could be seen there)
					timeout.get().cancel(false);
				}
			}
			return new TurnHandle(core, tracker);
		});
		return started;
	}

	/** On the reader thread: the answer to a turn start of this thread that had timed out came after all. */
	private void lateAnswer(ClientCore core, List<String> inputTexts, JsonNode result) {
		String turnId = turnIdOf(result);
		if (turnId != null) {
			core.router.lateTurn(this.id, turnId, inputTexts);
		}
	}

	/** The {@code turn.id} of a {@code turn/start} or {@code review/start} answer, or {@code null}. */
	private static @Nullable String turnIdOf(JsonNode result) {
		JsonNode turn = result.get("turn");
		return (turn != null) ? Json.text(turn, "id") : null;
	}

	private void timeOut(TurnTracker tracker, Duration turnTimeout, boolean retryAllowed) {
		if (tracker.isDone()) {
			return;
		}
		Logs.log.warn("Turn {} on thread {} exceeded the turn timeout of {} ms; interrupting it", tracker.turnId(), this.id,
				turnTimeout.toMillis());
		abandon(tracker, new CodexTimeoutException(
				"Turn " + tracker.turnId() + " did not finish within " + turnTimeout.toMillis() + " ms (turnTimeout)",
				turnTimeout), retryAllowed);
	}

	/** The server kept reporting that it cannot reach the model: fail the turn now and interrupt it. */
	private void giveUpUnreachable(TurnTracker tracker, ModelUnreachableException reason, boolean retryAllowed) {
		if (tracker.isDone()) {
			return;
		}
		Logs.log.warn("{}; interrupting the turn", reason.getMessage());
		abandon(tracker, reason, retryAllowed);
	}

	/**
	 * Fails {@code tracker} with {@code reason} and interrupts its server turn; the thread's next turn waits for the
	 * server to report the end of this one. Nothing happens when the turn has ended on its own meanwhile.
	 */
	private void abandon(TurnTracker tracker, CodexException reason, boolean retryAllowed) {
		ClientCore core = this.boundCore;
		CompletableFuture<Void> ended = core.router.windDown(this.id, tracker.turnId());
		tracker.fail(reason);
		if (!tracker.failedBy(reason.getClass())) {
			// it ended on its own just now: there is nothing to interrupt or to wait for
			core.router.forgetWindDown(this.id, ended);
			return;
		}
		core.interruptAbandoned(this.id, tracker.activeTurnId(), ended, retryAllowed);
	}

	/** How long a new turn waits for the server to end a turn that was interrupted after its timeout. */
	static final Duration WIND_DOWN_WAIT = Duration.ofSeconds(10);

	/**
	 * Completes (on a worker thread) when the server reported the end of this thread's timed-out, interrupted turn, or
	 * after {@link #WIND_DOWN_WAIT}; at once when there is none. A turn started before that would be folded into it.
	 */
	private CompletableFuture<Void> windDownAsync(ClientCore core) {
		CompletableFuture<Void> ended = core.router.windingDown(this.id);
		if (ended == null || ended.isDone()) {
			return CompletableFuture.completedFuture(null);
		}
		CompletableFuture<Void> bounded = new CompletableFuture<>();
		ScheduledFuture<?> timer = core.schedule(() -> {
			if (bounded.complete(null)) {
				giveUpWindDown(core, ended);
			}
		}, WIND_DOWN_WAIT);
		ended.whenComplete((v, failure) -> {
			timer.cancel(false);
			bounded.complete(null);
		});
		// not on the reader thread, which completes "ended" holding the router's lock
		return bounded.thenApplyAsync((v) -> v, core.offReader());
	}

	/** {@link #windDownAsync} for a caller that may block: waits on its own thread. */
	private void awaitWindDown(ClientCore core) {
		CompletableFuture<Void> ended = core.router.windingDown(this.id);
		if (ended == null) {
			return;
		}
		try {
			ended.get(WIND_DOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			giveUpWindDown(core, ended);
		}
		catch (ExecutionException ex) {
			// completed either way
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new dev.codexjava.error.CodexException("Interrupted while waiting for the previous turn to end", ex);
		}
	}

	/** The server did not report the end of the interrupted turn in time: start the next turn anyway. */
	private void giveUpWindDown(ClientCore core, CompletableFuture<Void> ended) {
		Logs.log.warn("The server did not report the end of the interrupted turn on thread {} within {} s; starting the "
				+ "next turn anyway", this.id, WIND_DOWN_WAIT.toSeconds());
		core.router.forgetWindDown(this.id, ended);
	}

	/** The texts of {@code input}'s text items, in order (what the server echoes as the turn's user message). */
	private static List<String> inputTexts(List<Input> input) {
		List<String> texts = new java.util.ArrayList<>();
		for (Input item : input) {
			if (item instanceof Input.Text text) {
				texts.add(text.text());
			}
		}
		return texts;
	}

	// ------------------------------------------------------------------ goals

	/**
	 * Sets a goal on this thread and waits until the server has started working on it. The server then runs turns by
	 * itself until the goal is complete, paused, blocked or out of budget; the returned handle presents them as one
	 * logical turn (its id is the first turn's id). {@link TurnHandle#interrupt()} pauses the goal. The turn timeout
	 * bounds each of the goal's turns: one that runs longer fails the goal with {@link CodexTimeoutException} and the
	 * goal is paused.
	 * @throws ThreadBusyException if a turn is running on this thread
	 * @throws IllegalArgumentException if the objective is blank
	 */
	public TurnHandle startGoal(String objective) {
		// the caller is the only one waiting: no hop through a worker thread
		return ClientCore.await(beginGoal(objective));
	}

	/**
	 * {@link #startGoal(String)} as a future, completed on a worker thread once the server started the goal's first
	 * turn. Argument and state errors (blank objective, busy thread, closed client) are thrown directly; an ephemeral
	 * or server-side busy thread fails the future.
	 */
	public CompletableFuture<TurnHandle> startGoalAsync(String objective) {
		CompletableFuture<TurnHandle> started = beginGoal(objective);
		return this.boundCore.publish(started);
	}

	/** {@link #runGoal(String)} as a future (completes with {@link TurnFailedException} if the goal failed). */
	public CompletableFuture<TurnResult> runGoalAsync(String objective) {
		return startGoalAsync(objective).thenCompose(TurnHandle::result);
	}

	/** Reads the thread, clears and sets the goal, then waits for the first turn: a chain of futures. */
	private CompletableFuture<TurnHandle> beginGoal(String objective) {
		String goalText = requireObjective(objective);
		// captured here: the goal's requests are sent from worker and reader threads
		boolean retryAllowed = ClientCore.retryAllowedHere();
		ClientCore core = core(retryAllowed);
		core.ensureOpen();
		// and the listeners' context (a trace): the goal's turns and requests belong to the caller's
		CallContext context = core.captureContext();
		core.registerThreadHandler(this.id, this.approvalHandler);
		ThreadTurns turns = this.owner.threadTurns();
		TurnTracker logical = new TurnTracker(this.id, core.config.streamBufferCapacity(), true, (t) -> {
			turns.release(this.id, t);
		});
		turns.claim(this.id, logical);
		NotificationRouter.ForeignTurn foreign = core.router.foreignTurn(this.id);
		if (foreign != null) {
			ThreadBusyException busy = ThreadBusyException.startedElsewhere(this.id, foreign.turnId());
			logical.fail(busy);
			throw busy;
		}
		GoalRun goal = new GoalRun(core, this.id, logical, retryAllowed);
		CompletableFuture<TurnHandle> started;
		try {
			ObjectNode read = Params.create().put("threadId", this.id).put("includeTurns", false).node();
			// after a timed-out turn of this thread has ended on the server (see windDownAsync)
			CompletableFuture<JsonNode> threadRead = windDownAsync(core)
				.thenCompose((v) -> context.call(() -> core.request("thread/read", read, retryAllowed)));
			started = threadRead.thenCompose((r) -> {
				ThreadInfo current = ThreadInfo.from(r.get("thread"));
				if (current.ephemeral()) {
					throw new IllegalStateException("Goals need a persisted thread; thread " + this.id
							+ " is ephemeral. Start it without ephemeral(true).");
				}
				if ("active".equals(current.status())) {
					throw new ThreadBusyException(this.id, null);
				}
				core.router.registerGoal(goal);
				ObjectNode clear = Params.threadId(this.id);
				return context.call(() -> core.request("thread/goal/clear", clear, retryAllowed));
			}).thenCompose((r) -> {
				ObjectNode set = Params.create()
					.put("threadId", this.id)
					.put("objective", goalText)
					.put("status", "active")
					.node();
				return context.call(() -> core.request("thread/goal/set", set, retryAllowed));
			}).thenCompose((r) -> {
				goal.armFirstTurnTimeout();
				return goal.firstTurn();
			}).thenApplyAsync((firstTurnId) -> {
				// not on the reader thread, which completes firstTurn holding the router's lock: listeners run here
				core.turnStarted(this.id, firstTurnId, this.model, context);
				core.watchTurn(this.id, logical);
				return new TurnHandle(core, logical, goal);
			}, core.offReader());
		}
		catch (RuntimeException ex) {
			goal.fail(ex);
			throw ex;
		}
		return started.whenComplete((handle, failure) -> {
			if (failure != null) {
				goal.fail(ClientCore.unwrap(failure));
			}
		});
	}

	/** Sets a goal and waits until the server stops pursuing it; the result spans every turn of the goal. */
	public TurnResult runGoal(String objective) {
		return startGoal(objective).run();
	}

	private static String requireObjective(String objective) {
		if (objective == null || objective.isBlank()) {
			throw new IllegalArgumentException("goal objective must not be blank");
		}
		String stripped = objective.strip();
		if (stripped.length() > 20_000) {
			throw new IllegalArgumentException(
					"goal objective is too long (" + stripped.length() + " characters, at most 20000)");
		}
		return stripped;
	}

	// ------------------------------------------------------------------ subscriptions

	/**
	 * Subscribes to the notifications of {@code type} about this thread (those whose {@code threadId} is this
	 * thread's), e.g. {@code Notifications.THREAD_STATUS_CHANGED}, {@code THREAD_NAME_UPDATED} or
	 * {@code THREAD_TOKEN_USAGE_UPDATED}; delivered as {@link Codex#subscribe} describes (in order, off the reader
	 * thread, bounded).
	 * @throws IllegalArgumentException if notifications of {@code type} do not name a thread (subscribe to those
	 * through {@link Codex#subscribe})
	 */
	public <P> Subscription subscribe(dev.codexjava.protocol.NotificationType<P> type,
			java.util.function.Consumer<? super P> subscriber) {
		Objects.requireNonNull(type, "type");
		if (!Subscriptions.namesThread(type.paramsType())) {
			throw new IllegalArgumentException(type.name()
					+ " notifications do not name a thread; subscribe to them with Codex.subscribe");
		}
		return this.owner.subscribe(type, this.id, subscriber);
	}

	// ------------------------------------------------------------------ thread operations

	/** Reads the thread's current metadata (without turns). */
	public ThreadInfo read() {
		return read(false);
	}

	/** Reads the thread; with {@code includeTurns} the raw JSON holds its turns and items. */
	public ThreadInfo read(boolean includeTurns) {
		return ClientCore.await(readAsync(includeTurns));
	}

	/** {@link #read(boolean)} as a future. */
	public CompletableFuture<ThreadInfo> readAsync(boolean includeTurns) {
		ObjectNode params = Params.create().put("threadId", this.id).put("includeTurns", includeTurns).node();
		return core().request("thread/read", params).thenApply((r) -> ThreadInfo.from(r.get("thread")));
	}

	/** Renames the thread. */
	public void setName(String name) {
		ClientCore.await(setNameAsync(name));
	}

	/** {@link #setName(String)} as a future. */
	public CompletableFuture<Void> setNameAsync(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("thread name must not be blank");
		}
		ObjectNode params = Params.create().put("threadId", this.id).put("name", name).node();
		return core().request("thread/name/set", params).thenApply((ignored) -> null);
	}

	/** Starts compacting the thread's history; it runs as a turn on the server. */
	public void compact() {
		ClientCore.await(compactAsync());
	}

	/** {@link #compact()} as a future. */
	public CompletableFuture<Void> compactAsync() {
		ObjectNode params = Params.threadId(this.id);
		return core().request("thread/compact/start", params).thenApply((ignored) -> null);
	}

	// ------------------------------------------------------------------ history

	/** Turns (items) fetched per request by {@link #turns()} ({@link #items()}). */
	static final long HISTORY_PAGE = 50;

	/**
	 * The thread's turns, oldest first, each with its items, fetched page by page ({@code thread/turns/list}) as the
	 * stream is consumed. The generated {@link dev.codexjava.protocol.generated.Turn} and
	 * {@link dev.codexjava.protocol.generated.ThreadItem} types cover every item kind.
	 */
	public Stream<dev.codexjava.protocol.generated.Turn> turns() {
		return turns(HISTORY_PAGE);
	}

	/** {@link #turns()} fetching {@code pageSize} turns per request. */
	public Stream<dev.codexjava.protocol.generated.Turn> turns(long pageSize) {
		requirePageSize(pageSize);
		return Pages.stream((cursor) -> {
			dev.codexjava.protocol.generated.ThreadTurnsListResponse page = this.owner.request(
					dev.codexjava.protocol.generated.Methods.THREAD_TURNS_LIST,
					new dev.codexjava.protocol.generated.ThreadTurnsListParams(cursor,
							dev.codexjava.protocol.generated.TurnItemsView.FULL, pageSize,
							dev.codexjava.protocol.generated.SortDirection.ASC, this.id));
			return new Pages.Page<>(page.data(), page.nextCursor());
		});
	}

	/**
	 * The thread's items over all turns, oldest first, each with the id of its turn, fetched page by page
	 * ({@code thread/items/list}) as the stream is consumed.
	 */
	public Stream<dev.codexjava.protocol.generated.ThreadItemEntry> items() {
		return items(HISTORY_PAGE);
	}

	/** {@link #items()} fetching {@code pageSize} items per request. */
	public Stream<dev.codexjava.protocol.generated.ThreadItemEntry> items(long pageSize) {
		requirePageSize(pageSize);
		return Pages.stream((cursor) -> {
			dev.codexjava.protocol.generated.ThreadItemsListResponse page = this.owner.request(
					dev.codexjava.protocol.generated.Methods.THREAD_ITEMS_LIST,
					new dev.codexjava.protocol.generated.ThreadItemsListParams(
							(cursor != null) ? dev.codexjava.protocol.generated.ThreadItemsListCursor
								.of(tools.jackson.databind.node.StringNode.valueOf(cursor)) : null,
							null, pageSize, dev.codexjava.protocol.generated.SortDirection.ASC, this.id, null));
			return new Pages.Page<>(page.data(), page.nextCursor());
		});
	}

	private static void requirePageSize(long pageSize) {
		if (pageSize < 1) {
			throw new IllegalArgumentException("pageSize must be positive, was " + pageSize);
		}
	}

	/**
	 * Forks this thread ({@code thread/fork}): a new thread with a copy of its history, through
	 * {@link ForkOptions#lastTurnId()} when set (later turns are left out).
	 */
	public CodexThread fork(ForkOptions options) {
		return new CodexThread(this.owner, Futures.await(this.owner.forkThread(this.id, options)));
	}

	/**
	 * Reverts this thread ({@code thread/revert}): {@code beforeTurnId} and every later turn leave its history, so the
	 * next turn continues from the turn before it. The server notifies {@code thread/reverted}.
	 * @return the thread's metadata afterwards
	 */
	public ThreadInfo revert(String beforeTurnId) {
		if (beforeTurnId == null || beforeTurnId.isBlank()) {
			throw new IllegalArgumentException("beforeTurnId must not be blank");
		}
		ThreadRevertResponse response = this.owner.request(Methods.THREAD_REVERT,
				new ThreadRevertParams(beforeTurnId, this.id));
		return ThreadInfo.from(response.thread());
	}

	/**
	 * Deletes the thread on the server ({@code thread/delete}): its history is gone, it can no longer be resumed.
	 */
	public void delete() {
		this.owner.request(dev.codexjava.protocol.generated.Methods.THREAD_DELETE,
				new dev.codexjava.protocol.generated.ThreadDeleteParams(this.id));
	}

	/**
	 * Stops this connection's subscription to the thread's events ({@code thread/unsubscribe}); the server unloads the
	 * thread when no connection is subscribed. Afterwards this connection no longer receives the thread's events: a
	 * turn through this object would wait for its turn timeout. Continue the thread with
	 * {@link Codex#resumeThread(String)} (a measured fact on 0.169.0).
	 * @return the server's answer, e.g. {@code unsubscribed}
	 */
	public dev.codexjava.protocol.generated.ThreadUnsubscribeStatus unsubscribe() {
		dev.codexjava.protocol.generated.ThreadUnsubscribeStatus status = this.owner
			.request(dev.codexjava.protocol.generated.Methods.THREAD_UNSUBSCRIBE,
					new dev.codexjava.protocol.generated.ThreadUnsubscribeParams(this.id))
			.status();
		// the end of another client's turn on it would go unheard from now on: a resume's answer tells again
		currentCore().router.forgetForeignTurn(this.id);
		return status;
	}

	@Override
	public String toString() {
		return "CodexThread[" + this.id + "]";
	}

}
