package dev.codexjava.spring.autoconfigure.observation;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import dev.codexjava.client.CodexListener;
import dev.codexjava.client.TurnFailedException;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.spring.autoconfigure.CodexServerAwareListener;

/**
 * Builds {@link CodexObservationDocumentation#TURN turn observations} from the SDK's listener callbacks: an
 * observation starts on {@link #onTurnStarted} and stops on {@link #onTurnCompleted} (outcome {@code completed},
 * {@code interrupted} or {@code failed}; a failed turn also records a {@link TurnFailedException} as the
 * observation's error).
 * <p>
 * The SDK does not call {@code onTurnCompleted} for a turn that ends without {@code turn/completed} (its client-side
 * turn timeout, the app-server exiting). Such observations are stopped with outcome {@code aborted} when the process
 * exits, or when the next turn of the same thread starts (a thread runs one turn at a time), so none stays open.
 * <p>
 * Each observation carries the app-server ({@code codex.server}): {@code default} for a client of one server, the
 * member's name for a pool ({@link #forServer(String)} gives each member a listener of its own).
 */
public class CodexObservationListener implements CodexServerAwareListener {

	/** The model value when the turn's model is unknown and {@code codex.model} is not set. */
	public static final String DEFAULT_MODEL = "default";

	/** The server value of a client of one server. */
	public static final String DEFAULT_SERVER = "default";

	private final ObservationRegistry registry;

	private final CodexTurnObservationConvention convention;

	private final String model;

	private final String server;

	private final Map<String, Turn> turns = new ConcurrentHashMap<>();

	/**
	 * @param registry where observations go
	 * @param convention a custom convention, or {@code null} for {@link DefaultCodexTurnObservationConvention}
	 * @param model the model's value when the SDK does not know a turn's model ({@code codex.model}, or
	 * {@code default})
	 */
	public CodexObservationListener(ObservationRegistry registry, CodexTurnObservationConvention convention,
			String model) {
		this(registry, convention, model, DEFAULT_SERVER);
	}

	/**
	 * @param registry where observations go
	 * @param convention a custom convention, or {@code null} for {@link DefaultCodexTurnObservationConvention}
	 * @param model the model's value when the SDK does not know a turn's model
	 * @param server the app-server whose turns this listener observes ({@code codex.server})
	 */
	public CodexObservationListener(ObservationRegistry registry, CodexTurnObservationConvention convention,
			String model, String server) {
		this.registry = registry;
		this.convention = convention;
		this.model = model;
		this.server = server;
	}

	/** A listener observing the turns of {@code serverName} (this one for its own server). */
	@Override
	public CodexListener forServer(String serverName) {
		return this.server.equals(serverName) ? this
				: new CodexObservationListener(this.registry, this.convention, this.model, serverName);
	}

	@Override
	public void onTurnStarted(String threadId, String turnId) {
		onTurnStarted(threadId, turnId, null);
	}

	/** Starts the turn's observation, tagged with the turn's model (else the configured one, else {@code default}). */
	@Override
	public void onTurnStarted(String threadId, String turnId, String model) {
		if (turnId == null) {
			return;
		}
		abortThread(threadId);
		CodexTurnObservationContext context = new CodexTurnObservationContext(threadId, turnId,
				(model != null && !model.isBlank()) ? model : this.model, this.server);
		Observation observation = CodexObservationDocumentation.TURN
			.observation(this.convention, new DefaultCodexTurnObservationConvention(), () -> context, this.registry)
			.start();
		Turn previous = this.turns.put(turnId, new Turn(threadId, context, observation));
		if (previous != null) {
			previous.abort();
		}
	}

	@Override
	public void onTurnCompleted(String threadId, TurnResult result) {
		Turn turn = (result.id() != null) ? this.turns.remove(result.id()) : null;
		if (turn == null) {
			turn = removeThread(threadId);
		}
		if (turn == null) {
			return;
		}
		turn.context.setResult(result);
		turn.context.setOutcome(outcome(result.status()));
		if (result.status() == TurnStatus.FAILED) {
			turn.observation.error(new TurnFailedException(result));
		}
		turn.observation.stop();
	}

	@Override
	public void onProcessExited(Integer exitCode, boolean expected) {
		for (Iterator<Turn> it = this.turns.values().iterator(); it.hasNext();) {
			Turn turn = it.next();
			it.remove();
			turn.abort();
		}
	}

	/** Turns whose observation is still open. */
	public int openTurns() {
		return this.turns.size();
	}

	private void abortThread(String threadId) {
		Turn stale = removeThread(threadId);
		while (stale != null) {
			stale.abort();
			stale = removeThread(threadId);
		}
	}

	private Turn removeThread(String threadId) {
		if (threadId == null) {
			return null;
		}
		for (Map.Entry<String, Turn> entry : this.turns.entrySet()) {
			if (threadId.equals(entry.getValue().threadId) && this.turns.remove(entry.getKey(), entry.getValue())) {
				return entry.getValue();
			}
		}
		return null;
	}

	static String outcome(TurnStatus status) {
		return (status != null) ? status.wireValue() : TurnStatus.UNKNOWN.wireValue();
	}

	private record Turn(String threadId, CodexTurnObservationContext context, Observation observation) {

		void abort() {
			this.context.setOutcome(CodexTurnObservationContext.OUTCOME_ABORTED);
			this.observation.stop();
		}

	}

}
