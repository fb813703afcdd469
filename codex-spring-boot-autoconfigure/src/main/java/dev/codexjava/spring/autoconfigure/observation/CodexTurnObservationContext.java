package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.observation.Observation;

import dev.codexjava.client.TurnResult;
import dev.codexjava.spring.autoconfigure.metrics.CodexMeterNames;

/**
 * The context of a {@link CodexObservationDocumentation#TURN turn observation}: what is known when the turn starts
 * (thread, turn, model, provider, server), then how it ended and which model answered.
 */
public class CodexTurnObservationContext extends Observation.Context {

	/** {@link #getOutcome()} of a turn that ended without {@code turn/completed}. */
	public static final String OUTCOME_ABORTED = "aborted";

	private final String threadId;

	private final String turnId;

	private final String model;

	private final String provider;

	private final String server;

	private volatile String responseModel;

	private volatile String outcome;

	private volatile TurnResult result;

	/** A turn of provider {@code openai}. */
	public CodexTurnObservationContext(String threadId, String turnId, String model) {
		this(threadId, turnId, model, CodexMeterNames.PROVIDER_OPENAI);
	}

	/**
	 * @param threadId the thread id
	 * @param turnId the turn id
	 * @param model the model the turn was started with
	 * @param provider the GenAI provider ({@code gen_ai.provider.name})
	 */
	public CodexTurnObservationContext(String threadId, String turnId, String model, String provider) {
		this(threadId, turnId, model, provider, CodexMeterNames.DEFAULT_SERVER);
	}

	/**
	 * @param threadId the thread id
	 * @param turnId the turn id
	 * @param model the model the turn was started with
	 * @param provider the GenAI provider ({@code gen_ai.provider.name})
	 * @param server the app-server the turn runs on ({@code default} for a client of one server, else the pool
	 * member's name)
	 */
	public CodexTurnObservationContext(String threadId, String turnId, String model, String provider,
			String server) {
		this.threadId = threadId;
		this.turnId = turnId;
		this.model = model;
		this.provider = provider;
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

	/** The model the turn was started with ({@code default} when none is known or configured). */
	public String getModel() {
		return this.model;
	}

	/** The GenAI provider. */
	public String getProvider() {
		return this.provider;
	}

	/**
	 * The model that answered: the one the server rerouted the turn to, else {@link #getModel()}; {@code null} while
	 * the turn runs.
	 */
	public String getResponseModel() {
		return this.responseModel;
	}

	/** Sets {@link #getResponseModel()}. */
	public void setResponseModel(String responseModel) {
		this.responseModel = responseModel;
	}

	/**
	 * How the turn ended ({@code completed}, {@code interrupted}, {@code failed}, {@code aborted}); {@code null}
	 * while it runs.
	 */
	public String getOutcome() {
		return this.outcome;
	}

	/** Sets {@link #getOutcome()}. */
	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	/** The turn's result; {@code null} while it runs and when it was {@link #OUTCOME_ABORTED aborted}. */
	public TurnResult getResult() {
		return this.result;
	}

	/** Sets {@link #getResult()}. */
	public void setResult(TurnResult result) {
		this.result = result;
	}

}
