package dev.codexjava.spring.autoconfigure.observation;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.CodexListener;
import dev.codexjava.client.TurnFailedException;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.spring.autoconfigure.CodexServerAwareListener;
import dev.codexjava.spring.autoconfigure.metrics.CodexMeterNames;

/**
 * Builds {@link CodexObservationDocumentation#TURN turn observations} from the SDK's listener callbacks: an
 * observation starts on {@link #onTurnStarted} and stops on {@link #onTurnCompleted} (outcome {@code completed},
 * {@code interrupted} or {@code failed}; a failed turn also records a {@link TurnFailedException} as the
 * observation's error). Each JSON-RPC request attempt is a {@link CodexObservationDocumentation#REQUEST request
 * observation}, from {@link #onRequestStarted} to {@link #onRequestCompleted(String, Duration, Throwable, Object)}.
 * <p>
 * The SDK reports turns and requests from its own threads. So that they join the caller's trace, this listener
 * {@linkplain #captureContext() captures} the observation current on the application's thread when it starts a turn
 * (or goal) or sends a request, and the SDK hands it back: it becomes the parent.
 * <p>
 * The SDK does not call {@code onTurnCompleted} for a turn that ends without {@code turn/completed} (its client-side
 * turn timeout, the app-server exiting). Such observations are stopped with outcome {@code aborted} when the process
 * exits, or when the next turn of the same thread starts (a thread runs one turn at a time), so none stays open.
 * <p>
 * Each turn observation carries the app-server ({@code codex.server}): {@code default} for a client of one server,
 * the member's name for a pool ({@link #forServer(String)} gives each member a listener of its own).
 */
public class CodexObservationListener implements CodexServerAwareListener {

	/** The model value when the turn's model is unknown and {@code codex.model} is not set. */
	public static final String DEFAULT_MODEL = "default";

	private final ObservationRegistry registry;

	private final CodexTurnObservationConvention convention;

	private final CodexRequestObservationConvention requestConvention;

	private final String model;

	private final String provider = CodexMeterNames.PROVIDER_OPENAI;

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
		this(registry, convention, null, model);
	}

	/**
	 * @param registry where observations go
	 * @param convention a custom turn convention, or {@code null} for {@link DefaultCodexTurnObservationConvention}
	 * @param requestConvention a custom request convention, or {@code null} for
	 * {@link DefaultCodexRequestObservationConvention}
	 * @param model the model's value when the SDK does not know a turn's model ({@code codex.model}, or
	 * {@code default})
	 */
	public CodexObservationListener(ObservationRegistry registry, CodexTurnObservationConvention convention,
			CodexRequestObservationConvention requestConvention, String model) {
		this(registry, convention, requestConvention, model, CodexMeterNames.DEFAULT_SERVER);
	}

	/**
	 * @param registry where observations go
	 * @param convention a custom turn convention, or {@code null} for {@link DefaultCodexTurnObservationConvention}
	 * @param requestConvention a custom request convention, or {@code null} for
	 * {@link DefaultCodexRequestObservationConvention}
	 * @param model the model's value when the SDK does not know a turn's model
	 * @param server the app-server whose turns this listener observes ({@code codex.server})
	 */
	public CodexObservationListener(ObservationRegistry registry, CodexTurnObservationConvention convention,
			CodexRequestObservationConvention requestConvention, String model, String server) {
		this.registry = registry;
		this.convention = convention;
		this.requestConvention = requestConvention;
		this.model = model;
		this.server = server;
	}

	/** A listener observing the turns of {@code serverName} (this one for its own server). */
	@Override
	public CodexListener forServer(String serverName) {
		return this.server.equals(serverName) ? this
				: new CodexObservationListener(this.registry, this.convention, this.requestConvention, this.model,
						serverName);
	}

	/** The observation current on the calling (application's) thread: the parent of its turns and requests. */
	@Override
	public Object captureContext() {
		return this.registry.getCurrentObservation();
	}

	@Override
	public void onTurnStarted(String threadId, String turnId) {
		onTurnStarted(threadId, turnId, null, null);
	}

	@Override
	public void onTurnStarted(String threadId, String turnId, String model) {
		onTurnStarted(threadId, turnId, model, null);
	}

	/**
	 * Starts the turn's observation, tagged with the turn's model (else the configured one, else {@code default}),
	 * as a child of the observation that was current when the application started the turn.
	 */
	@Override
	public void onTurnStarted(String threadId, String turnId, String model, Object context) {
		if (turnId == null) {
			return;
		}
		abortThread(threadId);
		CodexTurnObservationContext turnContext = new CodexTurnObservationContext(threadId, turnId,
				(model != null && !model.isBlank()) ? model : this.model, this.provider, this.server);
		Observation observation = withParent(CodexObservationDocumentation.TURN.observation(this.convention,
				new DefaultCodexTurnObservationConvention(), () -> turnContext, this.registry), context)
			.start();
		Turn previous = this.turns.put(turnId, new Turn(threadId, turnContext, observation));
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
		turn.context.setResponseModel(turn.responseModel(turn.context.getModel()));
		turn.context.setOutcome(outcome(result.status()));
		if (result.status() == TurnStatus.FAILED) {
			turn.observation.error(new TurnFailedException(result));
		}
		turn.observation.stop();
	}

	/**
	 * Only reroutes are read: the other notifications (streamed deltas above all) need not be built for this listener.
	 * A subclass that overrides {@link #onNotification} may read more there: it needs every notification unless it
	 * says otherwise.
	 */
	@Override
	public boolean needsNotification(String method) {
		return "model/rerouted".equals(method) || CodexListener.overridesOnNotification(this, CodexObservationListener.class);
	}


	/** Remembers the model the server rerouted a running turn to: its {@code gen_ai.response.model}. */
	@Override
	public void onNotification(String method, JsonNode params) {
		if (!"model/rerouted".equals(method) || params == null) {
			return;
		}
		String turnId = Json.text(params, "turnId");
		String toModel = Json.text(params, "toModel");
		Turn turn = (turnId != null) ? this.turns.get(turnId) : null;
		if (turn != null && toModel != null && !toModel.isBlank()) {
			turn.rerouted.set(toModel);
		}
	}

	/**
	 * Starts the observation of a request attempt, as a child of the observation that was current when the
	 * application began the operation; the SDK hands it back in
	 * {@link #onRequestCompleted(String, Duration, Throwable, Object)}.
	 */
	@Override
	public Object onRequestStarted(String method, Object context) {
		CodexRequestObservationContext requestContext = new CodexRequestObservationContext(method);
		return withParent(CodexObservationDocumentation.REQUEST.observation(this.requestConvention,
				new DefaultCodexRequestObservationConvention(), () -> requestContext, this.registry), context)
			.start();
	}

	/** Stops the request's observation, with the failure as its error. */
	@Override
	public void onRequestCompleted(String method, Duration duration, Throwable failure, Object started) {
		if (started instanceof Observation observation) {
			if (failure != null) {
				observation.error(failure);
			}
			observation.stop();
		}
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

	/** Makes the captured observation the parent (else the one current on this thread stays, if any). */
	private static Observation withParent(Observation observation, Object context) {
		if (context instanceof Observation parent && !parent.isNoop()) {
			observation.parentObservation(parent);
		}
		return observation;
	}

	static String outcome(TurnStatus status) {
		return (status != null) ? status.wireValue() : TurnStatus.UNKNOWN.wireValue();
	}

	private record Turn(String threadId, CodexTurnObservationContext context, Observation observation,
			AtomicReference<String> rerouted) {

		Turn(String threadId, CodexTurnObservationContext context, Observation observation) {
			this(threadId, context, observation, new AtomicReference<>());
		}

		String responseModel(String requestModel) {
			String model = this.rerouted.get();
			return (model != null) ? model : requestModel;
		}

		void abort() {
			this.context.setResponseModel(responseModel(this.context.getModel()));
			this.context.setOutcome(CodexTurnObservationContext.OUTCOME_ABORTED);
			this.observation.stop();
		}

	}

}
