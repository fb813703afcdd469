package dev.codexjava.client;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.model.Turn;
import dev.codexjava.protocol.model.TurnError;
import dev.codexjava.protocol.model.TurnStatus;

/**
 * A goal pursued on one thread: the server starts turns by itself (the first one right after
 * {@code thread/goal/set}, then continuations) until the goal reaches a terminal status. The run presents all those
 * physical turns as one logical turn whose id is the first turn's id: one event stream, one {@link TurnResult} with
 * every item and the summed usage. It ends when a physical turn fails or is interrupted, or when no turn is running
 * and the goal is complete, paused, blocked, out of budget or cleared.
 */
final class GoalRun implements GoalRoute {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(GoalRun.class);

		private Logs() {
		}

	}

	private static final Set<String> TERMINAL = Set.of("complete", "paused", "blocked", "usageLimited",
			"budgetLimited");

	/** How long to wait for the server's first goal turn. */
	static final Duration FIRST_TURN_TIMEOUT = Duration.ofSeconds(30);

	private final ClientCore core;

	private final String threadId;

	private final TurnTracker logical;

	/** Whether the goal's own requests (pausing, interrupting after a timeout) may be retried automatically. */
	private final boolean retryAllowed;

	private String currentTurnId;

	private Long firstStartedAt;

	private String goalStatus;

	private boolean cleared;

	private boolean interrupted;

	private volatile ScheduledFuture<?> firstTurnTimeout;

	/** The turn timeout of the physical turn running now (the client's turnTimeout), or {@code null}. */
	private ScheduledFuture<?> turnTimeout;

	private final java.util.concurrent.CompletableFuture<String> firstTurn = new java.util.concurrent.CompletableFuture<>();

	/**
	 * @param retryAllowed captured at the API call that started the goal (see {@link ClientCore#retryAllowedHere()})
	 */
	GoalRun(ClientCore core, String threadId, TurnTracker logical, boolean retryAllowed) {
		this.core = core;
		this.threadId = threadId;
		this.logical = logical;
		this.retryAllowed = retryAllowed;
	}

	@Override
	public String threadId() {
		return this.threadId;
	}

	TurnTracker logical() {
		return this.logical;
	}

	void armFirstTurnTimeout() {
		this.firstTurnTimeout = this.core.schedule(() -> {
			if (this.logical.turnId() == null) {
				fail(new CodexTimeoutException("The server did not start a turn for the goal within "
						+ FIRST_TURN_TIMEOUT.toSeconds() + " s", FIRST_TURN_TIMEOUT));
				pauseQuietly();
			}
		}, FIRST_TURN_TIMEOUT);
	}

	/** Called by the router on the reader thread, atomically with routing. */
	@Override
	public void accept(String method, JsonNode params, String turnId) {
		switch (method) {
			case "turn/started" -> {
				this.currentTurnId = turnId;
				armTurnTimeout(turnId);
				if (this.logical.turnId() == null) {
					this.logical.bind(turnId);
					JsonNode turn = params.get("turn");
					this.firstStartedAt = (turn != null) ? Json.longValue(turn, "startedAt") : null;
					ScheduledFuture<?> timeout = this.firstTurnTimeout;
					if (timeout != null) {
						timeout.cancel(false);
					}
					this.logical.accept(method, params);
					this.firstTurn.complete(turnId);
				}
				else {
					this.logical.accept("goal/turn/started", params);
				}
			}
			case "turn/completed" -> {
				JsonNode turnNode = params.get("turn");
				Turn turn = (turnNode != null) ? Turn.from(turnNode) : null;
				this.currentTurnId = null;
				cancelTurnTimeout();
				if (turn == null || turn.status() == TurnStatus.FAILED || turn.status() == TurnStatus.INTERRUPTED
						|| this.interrupted || this.cleared
						|| (this.goalStatus != null && TERMINAL.contains(this.goalStatus))) {
					finish(turn, params);
				}
				else {
					this.logical.accept("goal/turn/completed", params);
				}
			}
			case "thread/goal/updated" -> {
				JsonNode goal = params.get("goal");
				this.goalStatus = (goal != null) ? Json.text(goal, "status") : this.goalStatus;
				this.logical.accept(method, params);
				if (this.currentTurnId == null && this.logical.turnId() != null && TERMINAL.contains(this.goalStatus)) {
					finish(null, params);
				}
			}
			case "thread/goal/cleared" -> {
				this.cleared = true;
				this.logical.accept(method, params);
				if (this.currentTurnId == null && this.logical.turnId() != null) {
					finish(null, params);
				}
			}
			default -> this.logical.accept(method, params);
		}
	}

	/** Bounds one physical turn by the client's turn timeout (reader thread, atomically with routing). */
	private void armTurnTimeout(String turnId) {
		cancelTurnTimeout();
		Duration timeout = this.core.config.turnTimeout();
		if (timeout != null && turnId != null) {
			this.turnTimeout = this.core.schedule(() -> timeOut(turnId, timeout), timeout);
		}
	}

	private void cancelTurnTimeout() {
		ScheduledFuture<?> timeout = this.turnTimeout;
		if (timeout != null) {
			timeout.cancel(false);
			this.turnTimeout = null;
		}
	}

	/**
	 * A turn of the goal outlived the turn timeout: the goal fails with {@link CodexTimeoutException}, is paused
	 * (so the server starts no further turn) and the turn is interrupted. Timer thread.
	 */
	private void timeOut(String turnId, Duration timeout) {
		java.util.concurrent.CompletableFuture<Void> ended;
		// registered before the caller learns of the timeout: its next turn waits for the old turn's end
		ended = this.core.router.windDownIf(() -> {
			if (!turnId.equals(this.currentTurnId) || this.logical.isDone()) {
				return false;
			}
			this.interrupted = true;
			return true;
		}, this.threadId, turnId);
		if (ended == null) {
			return;
		}
		Logs.log.warn("Turn {} of the goal on thread {} exceeded the turn timeout of {} ms; pausing the goal", turnId,
				this.threadId, timeout.toMillis());
		fail(new CodexTimeoutException("Turn " + turnId + " of the goal did not finish within " + timeout.toMillis()
				+ " ms (turnTimeout); the goal was paused", timeout));
		try {
			logFailure(setStatus("paused", this.retryAllowed));
		}
		catch (RuntimeException ex) {
			Logs.log.debug("Could not pause the timed-out goal: {}", ex.toString());
		}
		this.core.interruptAbandoned(this.threadId, turnId, ended, this.retryAllowed);
	}

	private static void logFailure(java.util.concurrent.CompletableFuture<JsonNode> request) {
		request.whenComplete((r, failure) -> {
			if (failure != null) {
				Logs.log.debug("Could not pause or interrupt the timed-out goal: {}", failure.toString());
			}
		});
	}

	private void finish(Turn last, JsonNode params) {
		TurnStatus status = (last != null) ? last.status() : TurnStatus.COMPLETED;
		if (this.interrupted && status == TurnStatus.COMPLETED) {
			status = TurnStatus.INTERRUPTED;
		}
		TurnError error = (last != null) ? last.error() : null;
		Long completedAt = (last != null && last.completedAt() != null) ? last.completedAt()
				: System.currentTimeMillis() / 1000;
		Long duration = durationMs(this.firstStartedAt, completedAt);
		Turn logicalTurn = new Turn(this.logical.turnId(), status, error, this.firstStartedAt, completedAt, duration,
				(last != null) ? last.raw() : params);
		cancelTurnTimeout();
		this.core.router.unregisterGoal(this);
		this.logical.complete(logicalTurn, params);
	}

	/** Milliseconds between two Unix-second timestamps; {@code null} if unknown, negative or out of range. */
	private static Long durationMs(Long startedAt, Long completedAt) {
		if (startedAt == null || completedAt == null) {
			return null;
		}
		try {
			long ms = Math.multiplyExact(Math.subtractExact(completedAt, startedAt), 1000L);
			return (ms >= 0) ? ms : null;
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	@Override
	public void fail(Throwable cause) {
		this.core.router.atomically(this::cancelTurnTimeout);
		this.core.router.unregisterGoal(this);
		this.firstTurn.completeExceptionally(cause);
		this.logical.fail(cause);
	}

	/** Completes with the first physical turn's id (the logical id) once the server started it. */
	java.util.concurrent.CompletableFuture<String> firstTurn() {
		return this.firstTurn;
	}

	/** Pauses the goal and interrupts its current turn. */
	void interrupt() {
		String turnId;
		turnId = this.core.router.atomically(() -> {
			this.interrupted = true;
			return this.currentTurnId;
		});
		// asked for by the caller of TurnHandle.interrupt(), on its thread: its own retry setting applies
		ClientCore.await(setStatus("paused", ClientCore.retryAllowedHere()));
		if (turnId != null) {
			ObjectNode params = Params.create().put("threadId", this.threadId).put("turnId", turnId).node();
			try {
				ClientCore.await(this.core.request("turn/interrupt", params));
			}
			catch (dev.codexjava.error.InvalidRequestException ex) {
				Logs.log.debug("Goal turn already over when interrupting: {}", ex.getMessage());
			}
		}
	}

	/** The id of the physical turn running now, or {@code null}. */
	String currentTurnId() {
		return this.core.router.atomically(() -> this.currentTurnId);
	}

	private java.util.concurrent.CompletableFuture<JsonNode> setStatus(String status, boolean retry) {
		ObjectNode params = Params.create().put("threadId", this.threadId).put("status", status).node();
		return this.core.request("thread/goal/set", params, retry);
	}

	private void pauseQuietly() {
		try {
			setStatus("paused", this.retryAllowed);
		}
		catch (RuntimeException ex) {
			Logs.log.debug("Could not pause goal: {}", ex.toString());
		}
	}

}
