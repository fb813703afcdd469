package dev.codexjava.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.CodexProtocolException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.NotificationHandler;

/**
 * Routes notifications (on the reader thread) to the turn they belong to, by {@code turnId} or {@code turn.id}.
 * Events of a turn that arrive before its {@code turn/start} response are held (bounded) and replayed when the turn
 * id is known. Login completions go to their login handle. Everything is also offered to the listeners, first; a
 * listener that throws anything (an {@link AssertionError} too) is logged and skipped, so it never disturbs routing or
 * the reader thread. The end of a thread on the server ({@code thread/closed}, {@code thread/archived},
 * {@code thread/deleted}) is reported to the {@code threadEnded} callback.
 */
final class NotificationRouter implements NotificationHandler {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(NotificationRouter.class);

		private Logs() {
		}

	}

	private static final int MAX_EARLY_EVENTS = 10_000;

	/**
	 * Early events kept beyond {@link #MAX_EARLY_EVENTS}: the turn's start, items, usage, errors and end (a turn whose
	 * {@code turn/completed} were dropped would never end); deltas and other notifications are dropped past the cap.
	 */
	private static final Set<String> KEPT_EARLY = Set.of("turn/started", "turn/completed", "item/started",
			"item/completed", "thread/tokenUsage/updated", "error");

	private static final int MAX_EARLY_LOGINS = 32;

	/** What tells of turns another client runs on a thread this client holds (see {@link #trackForeign}). */
	private static final Set<String> FOREIGN_TURN_STATE = Set.of("turn/started", "turn/completed",
			"thread/status/changed");

	/** The requests whose answer describes the thread they open, with its status (see {@link #onAnswer}). */
	private static final Set<String> OPENS_THREAD = Set.of("thread/start", "thread/resume", "thread/fork",
			"thread/unarchive");

	/** Notifications after which the server holds a thread no longer (until it is resumed or unarchived). */
	private static final Set<String> THREAD_ENDED = Set.of("thread/closed", "thread/archived",
			"thread/deleted");

	/**
	 * Notifications this router itself never uses (they name no turn: the protocol's params of each have no
	 * {@code turnId} and no {@code turn}): with no listener and no subscriber for them, nobody reads them, and their
	 * params are not built. ({@code thread/status/changed} names no turn either, but ends another client's turn: see
	 * {@link #ignores}.)
	 */
	private static final Set<String> UNROUTED = Set.of("account/rateLimits/updated", "warning");

	/** {@link #UNROUTED} and {@code thread/status/changed}: what {@link #ignores} may leave unbuilt. */
	private static final List<String> UNROUTED_OR_IGNORABLE = Stream
		.concat(UNROUTED.stream(), Stream.of("thread/status/changed"))
		.toList();

	/** The streamed deltas a turn's tracker takes without their params (see {@link #onDelta}). */
	private static final List<String> DELTA_METHODS = List.of("item/agentMessage/delta",
			"item/reasoning/summaryTextDelta", "item/reasoning/textDelta", "item/commandExecution/outputDelta");

	private final List<CodexListener> listeners;

	private final Consumer<String> threadEnded;

	/** The client's typed subscribers ({@code null}: none), told after the listeners. */
	private final Subscriptions subscriptions;

	private final Map<String, TurnTracker> turns = new HashMap<>();

	private final Map<String, Starting> starting = new HashMap<>();

	private final Map<String, GoalRoute> goals = new HashMap<>();

	private final Map<String, CompletableFuture<LoginResult>> logins = new HashMap<>();

	private final Map<String, LoginResult> earlyLogins = new LinkedHashMap<>();

	/**
	 * Per thread, a turn the client gave up on (its turn timeout) and interrupted, until the server reports its end:
	 * a new turn on that thread waits for it, else the server would fold the new input into the old turn.
	 */
	private final Map<String, WindingDown> windingDown = new HashMap<>();

	/**
	 * Per thread, the turn another client (another application instance, another connection) runs on it, as this
	 * connection learned from a {@code turn/started}, the answer to a request that opens the thread
	 * ({@link #onAnswer}), the answer to its own {@code turn/start} that the server merged into it
	 * ({@link #abortMerged}), or a {@code turn/started} that came while a {@code turn/start} of this client failed
	 * ({@link #abortStart}); until its end is reported ({@code turn/completed}, or a {@code thread/status/changed} or
	 * an answer that is not {@code active}). A {@code turn/start} of this client would be merged into it by the server.
	 * A turn whose id is unknown is only recorded on the reader thread (see {@link #ignores}).
	 */
	private final Map<String, ForeignTurn> foreignTurns = new HashMap<>();

	/** The streamed deltas a listener reads raw (see {@link #readBy}); the others may be routed typed. */
	private final Set<String> rawDeltas;

	/** The methods of {@link #UNROUTED_OR_IGNORABLE} one of the listeners reads (see {@link #readBy}). */
	private final Set<String> unroutedRead;

	/** Turns whose stream consumer is owed a wake-up at the end of the current burst (reader thread). */
	private final List<TurnTracker> owedWakeUps = new ArrayList<>();

	/** Interrupts turns ended by {@link #undecodable}; until set, only forgets their wind-down. */
	private volatile Abandoned abandoned = (threadId, turnId, ended) -> forgetWindDown(threadId, ended);

	NotificationRouter(List<CodexListener> listeners) {
		this(listeners, (threadId) -> {
		});
	}

	/**
	 * @param threadEnded told the id of a thread the server closed, archived or deleted (reader thread; must not
	 * block or throw)
	 */
	NotificationRouter(List<CodexListener> listeners, Consumer<String> threadEnded) {
		this(listeners, threadEnded, null);
	}

	/** @param subscriptions the client's typed subscribers, or {@code null} */
	NotificationRouter(List<CodexListener> listeners, Consumer<String> threadEnded, Subscriptions subscriptions) {
		this.listeners = listeners;
		this.threadEnded = threadEnded;
		this.subscriptions = subscriptions;
		this.rawDeltas = readBy(listeners, DELTA_METHODS);
		this.unroutedRead = readBy(listeners, UNROUTED_OR_IGNORABLE);
	}

	/**
	 * The methods of {@code methods} one of {@code listeners} reads: it overrides {@link CodexListener#onNotification}
	 * and {@link CodexListener#needsNotification needs} them.
	 */
	private static Set<String> readBy(List<CodexListener> listeners, List<String> methods) {
		Set<String> read = new HashSet<>();
		for (CodexListener listener : listeners) {
			if (!CodexListener.overridesOnNotification(listener, CodexListener.class)) {
				continue;
			}
			for (String method : methods) {
				try {
					if (listener.needsNotification(method)) {
						read.add(method);
					}
				}
				catch (Throwable ex) {
					Logs.log.warn("CodexListener.needsNotification failed for {}; telling it of every one", method, ex);
					read.add(method);
				}
			}
		}
		return Set.copyOf(read);
	}


	/** Sets how a turn the client gave up on (an unreadable event) is interrupted on the server. */
	void onAbandoned(Abandoned abandoned) {
		this.abandoned = abandoned;
	}

	/**
	 * Whether nobody reads a notification of {@code method}: no listener that needs it, no subscriber for it, and the
	 * router does not use it ({@link #UNROUTED}; or {@code thread/status/changed} while no other client's turn is
	 * known to run on a thread of this client: it only ends such a turn, see {@link #trackForeign}). Sound because a
	 * status change only ever removes from {@link #foreignTurns}, and whatever adds a turn there that only a status
	 * change could end (one with an unknown id) runs on the reader thread, which asks this before it reads the line: no
	 * record can appear between this answer and the place where the line would have been routed. (A turn recorded with
	 * its id off the reader thread, {@link #abortMerged} and {@link #abortStart}, is ended by its
	 * {@code turn/completed}, never ignored.)
	 */
	@Override
	public boolean ignores(String method) {
		// (a listener that says it does not need the method, as the Spring starter's metrics and observations, does
		// not count: it is not told of it)
		if ((!this.unroutedRead.isEmpty() && this.unroutedRead.contains(method))
				|| (this.subscriptions != null && this.subscriptions.wants(method))) {
			return false;
		}
		return UNROUTED.contains(method) || ("thread/status/changed".equals(method) && noForeignTurns());
	}

	private synchronized boolean noForeignTurns() {
		return this.foreignTurns.isEmpty();
	}

	/**
	 * Deltas come typed ({@link #onDelta}) unless a listener or a subscriber reads their raw params. (The listener
	 * list is fixed; the subscribers may change: one registered while a delta is being read gets the next ones.)
	 */
	@Override
	public boolean takesDeltas(String method) {
		// (no set lookup when no listener reads deltas: the JDK's set code is not compiled for deltas alone)
		return (this.rawDeltas.isEmpty() || !this.rawDeltas.contains(method))
				&& (this.subscriptions == null || !this.subscriptions.wants(method));
	}

	/**
	 * Routes a delta as {@link #onNotification} would, to its turn's tracker without params; hands it back when its
	 * route needs the params: a goal runs on its thread, or its turn is not bound yet while a {@code turn/start} of the
	 * thread waits for its answer (the early event is held with its params).
	 */
	@Override
	public boolean onDelta(String method, String threadId, String turnId, String itemId, String delta) {
		synchronized (this) {
			if (!this.goals.isEmpty() && this.goals.containsKey(threadId)) {
				return false;
			}
			// (foreign-turn tracking and wind-downs look at turn/started, turn/completed and status changes only)
			TurnTracker tracker = this.turns.get(turnId);
			if (tracker == null) {
				return !this.starting.containsKey(threadId);
			}
			try {
				if (tracker.acceptDelta(method, itemId, delta, true)) {
					this.owedWakeUps.add(tracker);
				}
			}
			catch (RuntimeException ex) {
				undecodable(tracker, method, null, ex);
			}
			return true;
		}
	}

	@Override
	public void onNotification(String method, @Nullable JsonNode params) {
		// state first, then whoever is told before the routing (listeners, subscribers): one that reacts by starting a
		// turn on the thread must find it busy; with nobody to tell, the routing below records it
		boolean recorded = params != null && toldBeforeRouting(method) && FOREIGN_TURN_STATE.contains(method)
				&& params.isObject() && recordForeignTurn(method, params);
		// indexed: no iterator per notification (the list is fixed and usually empty)
		for (int i = 0; i < this.listeners.size(); i++) {
			CodexListener listener = this.listeners.get(i);
			try {
				listener.onNotification(method, params);
			}
			catch (Throwable ex) {
				// a listener's bug (even an AssertionError) must not kill the reader thread or skip the routing
				Logs.log.warn("CodexListener.onNotification failed for {}; continuing", method, ex);
			}
		}
		if (this.subscriptions != null && this.subscriptions.any()) {
			this.subscriptions.dispatch(method, params);
		}
		if (params == null || !params.isObject()) {
			return;
		}
		if ("account/login/completed".equals(method)) {
			routeLogin(params);
			return;
		}
		if (THREAD_ENDED.contains(method)) {
			String ended = Json.text(params, "threadId");
			if (ended != null) {
				synchronized (this) {
					this.foreignTurns.remove(ended);
				}
				this.threadEnded.accept(ended);
			}
			return;
		}
		String turnId = Json.text(params, "turnId");
		JsonNode turn = null;
		if (turnId == null) {
			turn = params.get("turn");
			turnId = (turn != null) ? Json.text(turn, "id") : null;
		}
		String threadId = Json.text(params, "threadId");
		synchronized (this) {
			// the root of a turn that runs as a child of another (a review) while that root is not registered here
			String root = null;
			if (turn != null && turnId != null) {
				// a turn that runs as a child of one of this client's turns (a review): its events carry the root's
				// id, its turn/started the child's, which interrupt and steer need
				root = Json.text(turn, "rootTurnId");
				TurnTracker parent = (root != null && !root.equals(turnId)) ? this.turns.get(root) : null;
				if (parent != null) {
					parent.runsAs(turnId);
					turnId = root;
				}
				if (parent != null || turnId.equals(root)) {
					root = null;
				}
			}
			// (each map is looked at only when not empty: in the usual run most are, and the JIT then compiles none of
			// their lookups into this method, called for every notification)
			if (!this.windingDown.isEmpty() && threadId != null && turnId != null && "turn/completed".equals(method)) {
				WindingDown ending = this.windingDown.get(threadId);
				// (a review's end names its child turn and the root the wind-down waits for)
				if (ending != null
						&& (turnId.equals(ending.turnId()) || (root != null && root.equals(ending.turnId())))) {
					this.windingDown.remove(threadId);
					ending.ended().complete(null);
				}
			}
			GoalRoute goal = (threadId != null && !this.goals.isEmpty()) ? this.goals.get(threadId) : null;
			if (threadId != null && goal == null && !recorded) {
				trackForeign(method, params, threadId, turnId);
			}
			if (goal != null && (turnId != null || method.startsWith("thread/goal/"))) {
				try {
					goal.accept(method, params, turnId);
				}
				catch (RuntimeException ex) {
					undecodable(goal, method, turnId, ex);
				}
				return;
			}
			if (turnId == null) {
				return;
			}
			TurnTracker tracker = this.turns.get(turnId);
			if (tracker != null) {
				try {
					if (tracker.accept(method, params, true)) {
						this.owedWakeUps.add(tracker);
					}
				}
				catch (RuntimeException ex) {
					undecodable(tracker, method, params, ex);
				}
				return;
			}
			Starting start = (threadId != null && !this.starting.isEmpty()) ? this.starting.get(threadId) : null;
			if (start != null) {
				// a review's child turn under its root: the id the turn/start answer names (see bind)
				start.hold((root != null) ? root : turnId, method, params);
			}
		}
	}

	/** Whether a notification of {@code method} is told to someone (a listener, a subscriber) before it is routed. */
	private boolean toldBeforeRouting(String method) {
		return !this.listeners.isEmpty() || (this.subscriptions != null && this.subscriptions.wants(method));
	}

	/**
	 * Records what {@code turn/started}, {@code turn/completed} or {@code thread/status/changed} says about a turn
	 * another client runs on one of the threads (outside a goal), before the listeners and subscribers hear of it.
	 * Only then: with nobody told first, the routing records it (in the benchmark of a client without listeners, an
	 * extra step here cost the JIT's working memory about 10 MB of peak RSS).
	 * @return {@code true}: done, the routing need not
	 */
	private boolean recordForeignTurn(String method, JsonNode params) {
		String threadId = Json.text(params, "threadId");
		if (threadId == null) {
			return true;
		}
		String turnId = Json.text(params, "turnId");
		JsonNode turn = null;
		if (turnId == null) {
			turn = params.get("turn");
			turnId = (turn != null) ? Json.text(turn, "id") : null;
		}
		synchronized (this) {
			if (this.goals.containsKey(threadId)) {
				return true;
			}
			if (turn != null && turnId != null) {
				// a child of one of this client's turns (a review) is not another client's
				String root = Json.text(turn, "rootTurnId");
				if (root != null && !root.equals(turnId) && this.turns.containsKey(root)) {
					turnId = root;
				}
			}
			trackForeign(method, params, threadId, turnId);
			return true;
		}
	}

	/**
	 * Keeps {@link #foreignTurns} up to date: a {@code turn/started} of a turn this client did not start (none of its
	 * turns has that id, and no {@code turn/start} of this client on that thread is waiting for its answer) is another
	 * client's; its {@code turn/completed}, or the thread going idle, ends it. A {@code turn/started} that arrives
	 * while this client's own {@code turn/start} waits for its answer could be either: it is held, and
	 * {@link #mergedInto} tells at the answer.
	 */
	private void trackForeign(String method, JsonNode params, String threadId, String turnId) {
		if ("turn/started".equals(method) && turnId != null && !this.turns.containsKey(turnId)) {
			if (!this.starting.containsKey(threadId)) {
				JsonNode turn = params.get("turn");
				String root = (turn != null) ? Json.text(turn, "rootTurnId") : null;
				this.foreignTurns.put(threadId, new ForeignTurn(turnId, root));
			}
		}
		else if (this.foreignTurns.isEmpty()) {
			// nothing to end
		}
		else if ("turn/completed".equals(method)) {
			ForeignTurn foreign = this.foreignTurns.get(threadId);
			if (foreign != null && (foreign.turnId() == null || foreign.turnId().equals(turnId))) {
				this.foreignTurns.remove(threadId);
			}
		}
		else if ("thread/status/changed".equals(method)) {
			JsonNode status = params.get("status");
			if (status != null && !"active".equals(Json.text(status, "type"))) {
				this.foreignTurns.remove(threadId);
			}
		}
		else if ("item/started".equals(method) && turnId != null) {
			// its user message: tells whose it is when a late answer of this client names it (see interruptLate)
			ForeignTurn foreign = this.foreignTurns.get(threadId);
			if (foreign != null && foreign.userTexts() == null && foreign.startedAs(turnId)) {
				List<String> texts = userTexts(params);
				if (texts != null) {
					this.foreignTurns.put(threadId, new ForeignTurn(foreign.turnId(), foreign.rootTurnId(), texts));
				}
			}
		}
	}

	/**
	 * Records what the answer to a request that opens a thread ({@link #OPENS_THREAD}) says about a turn running on
	 * it, where the answer stands among the notifications: a {@code thread/status/changed} the server sent after the
	 * answer then ends what it recorded. (Recorded later, on the thread that waited for the answer, it could come
	 * after that notification was handled, and the thread would stay busy for good.)
	 */
	@Override
	public void onAnswer(String method, JsonNode result) {
		if (method.startsWith("thread/") && OPENS_THREAD.contains(method) && result != null && result.isObject()) {
			observeThread(result.get("thread"));
		}
	}

	/**
	 * Records what a thread's description says about a turn running on it: an {@code active} thread none of whose
	 * turns this client runs runs another client's turn (the {@code inProgress} one of its {@code turns}, if listed);
	 * a thread that is not active runs none, whatever was recorded before (its end may have gone unheard: say while
	 * the connection was not subscribed to the thread).
	 */
	private synchronized void observeThread(JsonNode thread) {
		String threadId = (thread != null) ? Json.text(thread, "id") : null;
		JsonNode status = (threadId != null) ? thread.get("status") : null;
		if (status == null) {
			return;
		}
		if (!"active".equals(Json.text(status, "type"))) {
			this.foreignTurns.remove(threadId);
			return;
		}
		if (this.goals.containsKey(threadId) || this.starting.containsKey(threadId)) {
			return;
		}
		for (TurnTracker tracker : this.turns.values()) {
			if (threadId.equals(tracker.threadId())) {
				return;
			}
		}
		String running = null;
		JsonNode turns = thread.get("turns");
		if (turns != null && turns.isArray()) {
			for (JsonNode turn : turns) {
				if ("inProgress".equals(Json.text(turn, "status"))) {
					running = Json.text(turn, "id");
				}
			}
		}
		this.foreignTurns.put(threadId, new ForeignTurn(running, null));
	}

	/** The turn another client runs on {@code threadId} as far as this connection knows, or {@code null}. */
	synchronized ForeignTurn foreignTurn(String threadId) {
		return this.foreignTurns.get(threadId);
	}

	/**
	 * The connection no longer hears of {@code threadId} ({@code thread/unsubscribe}): the end of a turn another client
	 * runs on it would go unheard, so none is kept (a later resume's answer tells again). Only removes: safe from any
	 * thread (see {@link #ignores}).
	 */
	synchronized void forgetForeignTurn(String threadId) {
		this.foreignTurns.remove(threadId);
	}

	/**
	 * Whether the server's answer to this client's {@code turn/start} names another client's running turn, into which
	 * it added this client's input (a merge): a turn known to be another client's, or one whose events that arrived
	 * before the answer carry a user message other than this turn's input ({@code inputTexts}, the texts this client
	 * sent; a user message is compared only when both have text).
	 */
	synchronized boolean mergedInto(TurnTracker tracker, String turnId, List<String> inputTexts) {
		ForeignTurn foreign = this.foreignTurns.get(tracker.threadId());
		if (foreign != null && turnId.equals(foreign.turnId())) {
			return true;
		}
		Starting start = this.starting.get(tracker.threadId());
		List<Object[]> early = (start != null) ? start.events.get(turnId) : null;
		if (early == null || inputTexts.isEmpty()) {
			return false;
		}
		for (Object[] event : early) {
			List<String> texts = userTexts((JsonNode) event[1]);
			if (texts != null && !texts.equals(inputTexts)) {
				return true;
			}
		}
		return false;
	}

	/** The texts of the user message an event's params carry, or {@code null}: none (or one without text). */
	private static @Nullable List<String> userTexts(JsonNode params) {
		JsonNode item = params.get("item");
		if (item == null || !"userMessage".equals(Json.text(item, "type"))) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		JsonNode content = item.get("content");
		if (content != null && content.isArray()) {
			for (JsonNode part : content) {
				if ("text".equals(Json.text(part, "type")) && Json.text(part, "text") != null) {
					texts.add(Json.text(part, "text"));
				}
			}
		}
		return texts.isEmpty() ? null : texts;
	}

	/**
	 * Ends a turn at once when one of its notifications could not be read, instead of leaving it to its timeout: an
	 * unreadable {@code turn/completed} completes it (status {@code UNKNOWN}, see {@link TurnTracker#complete}); any
	 * other fails it with {@link CodexProtocolException}, and the turn is interrupted on the server (its thread's next
	 * turn waits for its end, as after a turn timeout). Reader thread, under this router's lock.
	 */
	private void undecodable(TurnTracker tracker, String method, JsonNode params, RuntimeException ex) {
		Logs.log.warn("Could not read {} of turn {}; ending the turn: {}", method, tracker.turnId(), ex.toString());
		if (tracker.isDone()) {
			return;
		}
		if ("turn/completed".equals(method)) {
			// over on the server: complete it as far as it is known, or fail it if even that cannot be built
			try {
				tracker.complete(null, params);
				return;
			}
			catch (RuntimeException again) {
				tracker.fail(new CodexProtocolException(
						"turn/completed of turn " + tracker.turnId() + " could not be read: " + ex.getMessage(), ex));
				return;
			}
		}
		CompletableFuture<Void> ended = windDown(tracker.threadId(), tracker.turnId());
		tracker.fail(new CodexProtocolException(
				"Event " + method + " of turn " + tracker.turnId() + " could not be read: " + ex.getMessage(), ex));
		this.abandoned.interrupt(tracker.threadId(), tracker.turnId(), ended);
	}

	@Override
	public void onUnreadable(String method, String threadId, String turnId, RuntimeException cause) {
		synchronized (this) {
			GoalRoute goal = (threadId != null) ? this.goals.get(threadId) : null;
			if (goal != null) {
				undecodable(goal, method, turnId, cause);
				return;
			}
			TurnTracker tracker = (turnId != null) ? this.turns.get(turnId) : null;
			if (tracker != null) {
				undecodable(tracker, method, null, cause);
			}
		}
	}

	private void undecodable(GoalRoute goal, String method, String turnId, RuntimeException ex) {
		Logs.log.warn("Could not read {} of the goal on thread {}; ending the goal: {}", method, goal.threadId(),
				ex.toString());
		CompletableFuture<Void> ended = (turnId != null) ? windDown(goal.threadId(), turnId) : null;
		goal.fail(new CodexProtocolException("Event " + method + " of the goal on thread " + goal.threadId()
				+ " could not be read: " + ex.getMessage(), ex));
		if (ended != null) {
			this.abandoned.interrupt(goal.threadId(), turnId, ended);
		}
	}

	/** Wakes the stream consumers of the turns whose deltas were held back during the burst. */
	@Override
	public synchronized void onBurstEnd() {
		for (int i = 0; i < this.owedWakeUps.size(); i++) {
			this.owedWakeUps.get(i).wakeUp();
		}
		this.owedWakeUps.clear();
	}

	/**
	 * The client gave up on turn {@code turnId} of {@code threadId} and is interrupting it; the future completes when
	 * the server reports the turn's end (or the connection is gone).
	 */
	synchronized CompletableFuture<Void> windDown(String threadId, String turnId) {
		WindingDown ending = new WindingDown(turnId, new CompletableFuture<>());
		WindingDown previous = this.windingDown.put(threadId, ending);
		if (previous != null) {
			previous.ended().complete(null);
		}
		return ending.ended();
	}

	/** The end of the interrupted turn of {@code threadId} still awaited, or {@code null}. */
	synchronized CompletableFuture<Void> windingDown(String threadId) {
		WindingDown ending = this.windingDown.get(threadId);
		return (ending != null) ? ending.ended() : null;
	}

	/** Stops waiting for the interrupted turn of {@code threadId} (its interrupt failed, or the wait timed out). */
	synchronized void forgetWindDown(String threadId, CompletableFuture<Void> ended) {
		WindingDown ending = this.windingDown.get(threadId);
		if (ending != null && ending.ended() == ended) {
			this.windingDown.remove(threadId);
		}
		ended.complete(null);
	}

	/** A turn/start for {@code tracker}'s thread is about to be sent. */
	synchronized void beginStart(TurnTracker tracker) {
		this.starting.put(tracker.threadId(), new Starting());
	}

	/** The server accepted the turn: register it and replay what arrived early. */
	synchronized void bind(TurnTracker tracker, String turnId) {
		Starting start = this.starting.remove(tracker.threadId());
		tracker.bind(turnId);
		this.turns.put(turnId, tracker);
		if (start != null) {
			List<Object[]> early = start.events.remove(turnId);
			if (early != null) {
				for (Object[] event : early) {
					// a review's child turn, held under this root: the turn runs as the child (interrupt, steer)
					String child = Starting.turnIdOf(event);
					if (child != null && !child.equals(turnId)) {
						tracker.runsAs(child);
					}
					try {
						tracker.accept((String) event[0], (JsonNode) event[1], false);
					}
					catch (RuntimeException ex) {
						undecodable(tracker, (String) event[0], (JsonNode) event[1], ex);
					}
				}
			}
		}
	}

	/**
	 * The turn/start failed (an error answer, its timeout, a bad answer): a turn whose {@code turn/started} came
	 * meanwhile and has not ended is recorded as another client's (it may be the one the server started for this
	 * request, whose answer never came): the next turn of this client is refused until its end instead of being
	 * merged into it. Atomic with the routing, like {@link #abortMerged}.
	 */
	synchronized void abortStart(TurnTracker tracker) {
		Starting start = this.starting.remove(tracker.threadId());
		if (start != null) {
			recordHeldTurns(tracker.threadId(), start);
			interruptLate(tracker.threadId(), start);
		}
	}

	/** Records each turn of {@code start}'s early events that started and did not end as another client's. */
	private void recordHeldTurns(String threadId, Starting start) {
		for (Map.Entry<String, List<Object[]>> held : start.events.entrySet()) {
			String started = null;
			List<String> texts = null;
			for (Object[] event : held.getValue()) {
				if ("turn/started".equals(event[0])) {
					started = Starting.turnIdOf(event);
				}
				else if (texts == null) {
					texts = userTexts((JsonNode) event[1]);
				}
			}
			if (started != null && !Starting.ended(held.getValue())) {
				// held under the id the answer names: a review's child under its root
				this.foreignTurns.put(threadId, new ForeignTurn(started, held.getKey(), texts));
			}
		}
	}

	/**
	 * The turn/start was merged into another client's running turn {@code turnId} ({@link #mergedInto}): ends the
	 * start and records that turn, unless its end already came (held among the start's early events), so that the
	 * next turn of this client is refused instead of being merged again. Atomic with the routing: an end that comes
	 * later is routed to {@link #trackForeign}, which removes the record (never ignored: {@code turn/completed}).
	 */
	synchronized void abortMerged(TurnTracker tracker, String turnId) {
		Starting start = this.starting.remove(tracker.threadId());
		if (start != null) {
			recordHeldTurns(tracker.threadId(), start);
		}
		List<Object[]> early = (start != null) ? start.events.get(turnId) : null;
		ForeignTurn held = this.foreignTurns.get(tracker.threadId());
		if ((early == null || !Starting.ended(early)) && (held == null || !held.startedAs(turnId))) {
			this.foreignTurns.put(tracker.threadId(), new ForeignTurn(turnId, null));
		}
		if (start != null) {
			interruptLate(tracker.threadId(), start);
		}
	}

	/**
	 * The answer to a {@code turn/start} or {@code review/start} of this client that had timed out came after all: the
	 * server started turn {@code turnId} on {@code threadId} for it, and nobody waits for that turn. Unless one of this
	 * client's turns is bound to it (its own handle then governs it), the turn is interrupted
	 * ({@link Abandoned}) and wound down: the thread's next turn waits for its end (as after a turn timeout) instead of
	 * being refused as busy, or merged into it when its {@code turn/started} has not come yet. Called on the reader
	 * thread where the answer stands among the lines: whatever the server sent before it has been routed.
	 */
	synchronized void lateTurn(String threadId, String turnId, List<String> inputTexts) {
		if (this.turns.containsKey(turnId)) {
			return;
		}
		Starting start = this.starting.get(threadId);
		if (start != null) {
			// a turn/start of this client on the thread waits for its answer, which may name this very turn (the server
			// merged it into it): decided at that answer (see abortStart, abortMerged; bound, the turn is the handle's)
			start.late = turnId;
			start.lateTexts = inputTexts;
			return;
		}
		interruptLate(threadId, turnId, inputTexts);
	}

	/** The late turn {@link #lateTurn} left to {@code start}'s answer, which did not bind it: interrupted now. */
	private void interruptLate(String threadId, Starting start) {
		if (start.late != null && !this.turns.containsKey(start.late)) {
			interruptLate(threadId, start.late, start.lateTexts);
		}
	}

	/** Interrupts the late turn (a review's child when its {@code turn/started} came), unless it is not ours to stop. */
	private void interruptLate(String threadId, String turnId, List<String> inputTexts) {
		ForeignTurn foreign = this.foreignTurns.get(threadId);
		boolean recorded = foreign != null && foreign.turnId() != null && foreign.startedAs(turnId);
		if (recorded && foreign.userTexts() != null && !inputTexts.isEmpty()
				&& !foreign.userTexts().equals(inputTexts)) {
			// another client's turn, to which the server added this request's input: not this client's to stop
			return;
		}
		String running = recorded ? foreign.turnId() : turnId;
		WindingDown current = this.windingDown.get(threadId);
		if (current != null && current.turnId().equals(running)) {
			// already being interrupted (another late answer named it): whoever waits for its end keeps waiting
			return;
		}
		Logs.log.warn("A turn start on thread {} had timed out; the server has since answered that it started turn {}: "
				+ "interrupting it", threadId, running);
		// another turn of the thread winding down (this one has ended): its wind-down stays the one waited for
		CompletableFuture<Void> ended = (current == null) ? windDown(threadId, running) : new CompletableFuture<>();
		this.abandoned.interrupt(threadId, running, ended);
	}

	synchronized void unregister(TurnTracker tracker) {
		String turnId = tracker.turnId();
		if (turnId != null) {
			this.turns.remove(turnId, tracker);
		}
	}

	synchronized int activeTurns() {
		return this.turns.size() + this.goals.size();
	}

	/** From now on, every turn event of {@code goal}'s thread goes to the goal. */
	synchronized void registerGoal(GoalRoute goal) {
		this.goals.put(goal.threadId(), goal);
	}

	synchronized void unregisterGoal(GoalRoute goal) {
		this.goals.remove(goal.threadId(), goal);
	}

	/**
	 * Runs {@code action} atomically with routing: no notification is routed while it runs, so state a route writes
	 * on the reader thread (inside {@link GoalRoute#accept}) can be read and changed consistently from other threads.
	 * The action must be short and must not block.
	 */
	synchronized <T> T atomically(Supplier<T> action) {
		return action.get();
	}

	/** {@link #atomically(Supplier)} for an action without a result. */
	synchronized void atomically(Runnable action) {
		action.run();
	}

	/**
	 * Atomically with routing: if {@code stillCurrent} holds, registers the wind-down of {@code turnId} (see
	 * {@link #windDown}) and returns its future; {@code null} (nothing registered) when it does not hold.
	 */
	synchronized CompletableFuture<Void> windDownIf(BooleanSupplier stillCurrent, String threadId, String turnId) {
		return stillCurrent.getAsBoolean() ? windDown(threadId, turnId) : null;
	}

	/** Fails every open turn and login (the connection is gone). */
	void failAll(RuntimeException reason) {
		List<TurnTracker> open;
		List<CompletableFuture<LoginResult>> openLogins;
		List<GoalRoute> openGoals;
		synchronized (this) {
			open = new ArrayList<>(this.turns.values());
			openGoals = new ArrayList<>(this.goals.values());
			this.goals.clear();
			this.turns.clear();
			this.starting.clear();
			this.owedWakeUps.clear();
			this.windingDown.values().forEach((ending) -> ending.ended().complete(null));
			this.windingDown.clear();
			this.foreignTurns.clear();
			openLogins = new ArrayList<>(this.logins.values());
			this.logins.clear();
		}
		for (TurnTracker tracker : open) {
			tracker.fail(reason);
		}
		for (GoalRoute goal : openGoals) {
			goal.fail(reason);
		}
		for (CompletableFuture<LoginResult> login : openLogins) {
			login.completeExceptionally(reason);
		}
	}

	synchronized CompletableFuture<LoginResult> awaitLogin(String loginId) {
		CompletableFuture<LoginResult> future = new CompletableFuture<>();
		LoginResult early = this.earlyLogins.remove(loginId);
		if (early != null) {
			future.complete(early);
		}
		else {
			this.logins.put(loginId, future);
		}
		return future;
	}

	synchronized void forgetLogin(String loginId) {
		this.logins.remove(loginId);
	}

	private void routeLogin(JsonNode params) {
		String loginId = Json.text(params, "loginId");
		if (loginId == null) {
			return;
		}
		JsonNode success = params.get("success");
		LoginResult result = new LoginResult(loginId, success != null && success.asBoolean(false),
				Json.text(params, "error"));
		CompletableFuture<LoginResult> future;
		synchronized (this) {
			future = this.logins.remove(loginId);
			if (future == null) {
				if (this.earlyLogins.size() >= MAX_EARLY_LOGINS) {
					String oldest = this.earlyLogins.keySet().iterator().next();
					this.earlyLogins.remove(oldest);
				}
				this.earlyLogins.put(loginId, result);
				return;
			}
		}
		future.complete(result);
	}

	/** Interrupts a turn the client gave up on; {@code ended} completes when the server reports its end. */
	@FunctionalInterface
	interface Abandoned {

		void interrupt(String threadId, String turnId, CompletableFuture<Void> ended);

	}

	/**
	 * Another client's turn on a thread (or one the server started for a {@code turn/start} of this client that timed
	 * out); {@code turnId} is {@code null} when only the thread's status said so; {@code rootTurnId}, when known, the
	 * id the starting request's answer names (a review's child runs under its root's id).
	 */
	record ForeignTurn(@Nullable String turnId, @Nullable String rootTurnId, @Nullable List<String> userTexts) {

		ForeignTurn(@Nullable String turnId, @Nullable String rootTurnId) {
			this(turnId, rootTurnId, null);
		}

		/** Whether this is the turn an answer naming {@code answered} started. */
		boolean startedAs(String answered) {
			return answered.equals(this.turnId) || answered.equals(this.rootTurnId);
		}

	}

	/** A turn being interrupted, and the future completed when it has ended. */
	private record WindingDown(String turnId, CompletableFuture<Void> ended) {
	}

	/** Events held for a thread whose turn/start response has not arrived yet. */
	private static final class Starting {

		final Map<String, List<Object[]>> events = new HashMap<>();

		int count;

		/** A turn a timed-out request of the thread started, answered while this start waited (see lateTurn). */
		@Nullable String late;

		List<String> lateTexts = List.of();

		void hold(String turnId, String method, JsonNode params) {
			// beyond the cap only what the turn's result and end are made of is kept (bounded by the turn's items)
			if (this.count >= MAX_EARLY_EVENTS && !KEPT_EARLY.contains(method)) {
				Logs.log.warn("Dropping early event {} for turn {}: too many events before turn/start answered", method,
						turnId);
				return;
			}
			this.count++;
			this.events.computeIfAbsent(turnId, (k) -> new ArrayList<>()).add(new Object[] { method, params });
		}

		/** The {@code turn.id} of a held event ({@code turn/started}, {@code turn/completed}), or {@code null}. */
		static @Nullable String turnIdOf(Object[] event) {
			JsonNode turn = ((JsonNode) event[1]).get("turn");
			return (turn != null) ? Json.text(turn, "id") : null;
		}

		/** Whether a turn's held events include its end. */
		static boolean ended(List<Object[]> events) {
			for (Object[] event : events) {
				if ("turn/completed".equals(event[0])) {
					return true;
				}
			}
			return false;
		}

	}

}
