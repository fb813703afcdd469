package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.observation.Observation;

import dev.codexjava.client.TurnResult;

/**
 * The context of a {@link CodexObservationDocumentation#TURN turn observation}: what is known when the turn starts
 * (thread, turn, model, server), then how it ended.
 */
public class CodexTurnObservationContext extends Observation.Context {

	/** {@link #getOutcome()} of a turn that ended without {@code turn/completed}. */
	public static final String OUTCOME_ABORTED = "aborted";

	private final String threadId;

	private final String turnId;

	private final String model;

	private final String server;

	private volatile String outcome;

	private volatile TurnResult result;

	public CodexTurnObservationContext(String threadId, String turnId, String model) {
		this(threadId, turnId, model, CodexObservationListener.DEFAULT_SERVER);
	}

	/**
	 * @param server the app-server the turn runs on ({@code default} for a client of one server, else the pool
	 * member's name)
	 */
	public CodexTurnObservationContext(String threadId, String turnId, String model, String server) {
		this.threadId = threadId;
		this.turnId = turnId;
		this.model = model;
		this.server = server;
	}

	/** The app-server the turn runs on: {@code default}, or the pool member's name. */
	public String getServer() {
		return this.server;
	}

	/** The thread id. */
	public String getThreadId() {
		return this.threadId;
	}

	/** The turn id. */
	public String getTurnId() {
		return this.turnId;
	}

	/** The model ({@code default} when none is configured). */
	public String getModel() {
		return this.model;
	}

	/**
	 * How the turn ended ({@code completed}, {@code interrupted}, {@code failed}, {@code aborted}); {@code null}
	 * while it runs.
	 */
	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	/** The turn's result; {@code null} while it runs and when it was {@link #OUTCOME_ABORTED aborted}. */
	public TurnResult getResult() {
		return this.result;
	}

	public void setResult(TurnResult result) {
		this.result = result;
	}

}
