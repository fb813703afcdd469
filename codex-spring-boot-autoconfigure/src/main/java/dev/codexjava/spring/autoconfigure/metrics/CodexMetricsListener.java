package dev.codexjava.spring.autoconfigure.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.CodexListener;
import dev.codexjava.client.TurnResult;
import dev.codexjava.client.TurnUsage;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.spring.autoconfigure.CodexServerAwareListener;

/**
 * Records Micrometer meters from the SDK's listener callbacks:
 * <ul>
 * <li>{@value CodexMeterNames#REQUESTS} (timer; {@code method}, {@code outcome} = {@code success} or the failure's
 * simple class name): each JSON-RPC request attempt, with the duration the SDK measured.</li>
 * <li>{@value CodexMeterNames#TOKEN_USAGE} (histogram in {@value CodexMeterNames#UNIT_TOKEN};
 * {@code gen_ai.token.type} = {@code input} or {@code output}, and the GenAI tags
 * {@link CodexMeterNames#GEN_AI_TAG_KEYS}): the tokens of every turn that reported usage, as OpenTelemetry's GenAI
 * semantic conventions define it.</li>
 * <li>{@value CodexMeterNames#CODEX_TOKEN_USAGE} (histogram; {@code codex.token.type} = {@code cached}, the cached part
 * of {@code input}, or {@code reasoning}, the reasoning part of {@code output}; GenAI tags): do not add them to
 * {@code gen_ai.client.token.usage}.</li>
 * <li>{@value CodexMeterNames#OPERATION_DURATION} (timer, histogram in seconds; GenAI tags and {@code error.type}):
 * each turn, from the server accepting it to its end, also when it ended without {@code turn/completed}.</li>
 * <li>{@value CodexMeterNames#APPROVALS} (counter; {@code method}, {@code decision} = the answer sent, e.g.
 * {@code accept} or {@code decline}, or {@code timeout} when nobody answered in time and the safe answer was sent):
 * answered server requests.</li>
 * <li>{@value CodexMeterNames#RETRIES} (counter; {@code method}, {@code source} = {@code sdk}): the SDK's own
 * per-request retries after {@code -32001}.</li>
 * <li>{@value CodexMeterNames#PROCESS_RESTARTS} (counter): app-server starts after the first.</li>
 * </ul>
 * Every meter of a name always has the same tag keys (Prometheus drops a meter registered again with other keys).
 * Every meter also carries {@value CodexMeterNames#TAG_SERVER}: {@code default} for a client of one server, the
 * member's name for a pool ({@link #forServer(String)} gives each member a listener of its own).
 */
public class CodexMetricsListener implements CodexServerAwareListener {

	/** OpenTelemetry's bucket boundaries for {@code gen_ai.client.token.usage}. */
	private static final double[] TOKEN_BUCKETS = { 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576,
			4194304, 16777216, 67108864 };

	/** OpenTelemetry's bucket boundaries for {@code gen_ai.client.operation.duration}, in seconds. */
	private static final Duration[] DURATION_BUCKETS = seconds(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56,
			5.12, 10.24, 20.48, 40.96, 81.92);

	private final MeterRegistry registry;

	private final String model;

	private final String provider;

	private final String server;

	private final Counter restarts;

	private final AtomicBoolean started = new AtomicBoolean();

	/** Each thread's running turn (a thread runs one turn at a time): its model and start. */
	private final Map<String, RunningTurn> turns = new ConcurrentHashMap<>();

	/**
	 * The model the server rerouted a thread's turn to ({@code model/rerouted}), by thread: at most one per thread,
	 * removed when its turn ends or the thread's next turn starts.
	 */
	private final Map<String, Reroute> reroutes = new ConcurrentHashMap<>();

	/**
	 * @param registry where meters go
	 * @param model the model's tag value when the SDK does not know a turn's model ({@code codex.model}, or
	 * {@code default})
	 */
	public CodexMetricsListener(MeterRegistry registry, String model) {
		this(registry, model, CodexMeterNames.PROVIDER_OPENAI);
	}

	/**
	 * @param registry where meters go
	 * @param model the model's tag value when the SDK does not know a turn's model ({@code codex.model}, or
	 * {@code default})
	 * @param provider the {@code gen_ai.provider.name} (and {@code gen_ai.system}) value
	 */
	public CodexMetricsListener(MeterRegistry registry, String model, String provider) {
		this(registry, model, provider, CodexMeterNames.DEFAULT_SERVER);
	}

	/**
	 * @param registry where meters go
	 * @param model the model's tag value when the SDK does not know a turn's model
	 * @param provider the {@code gen_ai.provider.name} (and {@code gen_ai.system}) value
	 * @param server the {@value CodexMeterNames#TAG_SERVER} tag value
	 */
	public CodexMetricsListener(MeterRegistry registry, String model, String provider, String server) {
		this.registry = registry;
		this.model = model;
		this.provider = provider;
		this.server = server;
		this.restarts = Counter.builder(CodexMeterNames.PROCESS_RESTARTS)
			.description("Codex app-server starts after the first")
			.tag(CodexMeterNames.TAG_SERVER, server)
			.register(registry);
	}

	/** A listener recording the same meters, tagged with {@code serverName} (this one for its own server). */
	@Override
	public CodexListener forServer(String serverName) {
		return this.server.equals(serverName) ? this
				: new CodexMetricsListener(this.registry, this.model, this.provider, serverName);
	}

	/** The {@value CodexMeterNames#TAG_SERVER} tag value of this listener's meters. */
	public String server() {
		return this.server;
	}

	@Override
	public void onProcessStarted(long pid, String serverVersion) {
		if (this.started.getAndSet(true)) {
			this.restarts.increment();
		}
	}

	@Override
	public void onRequestCompleted(String method, Duration duration, Throwable failure) {
		Timer.builder(CodexMeterNames.REQUESTS)
			.description("Codex app-server JSON-RPC requests (each attempt)")
			.tags(CodexMeterNames.TAG_METHOD, valueOrUnknown(method), CodexMeterNames.TAG_OUTCOME, outcome(failure),
					CodexMeterNames.TAG_SERVER, this.server)
			.register(this.registry)
			.record((duration != null) ? duration : Duration.ZERO);
	}

	@Override
	public void onRetry(String method, int attempt, Duration delay, Throwable failure) {
		CodexMeterNames.retries(this.registry, valueOrUnknown(method), CodexMeterNames.SOURCE_SDK, this.server)
			.increment();
	}

	@Override
	public void onProcessExited(Integer exitCode, boolean expected) {
		// the SDK reports the turns that were running as aborted before; whatever is left is stale
		this.turns.clear();
		this.reroutes.clear();
	}

	@Override
	public void onTurnStarted(String threadId, String turnId, String model) {
		if (threadId == null) {
			return;
		}
		this.turns.put(threadId,
				new RunningTurn(turnId, (model != null && !model.isBlank()) ? model : this.model, System.nanoTime()));
		// a reroute may arrive before the turn/start response, never one of an older turn
		this.reroutes.computeIfPresent(threadId, (id, reroute) -> reroute.turnId().equals(turnId) ? reroute : null);
	}

	/**
	 * Only reroutes are read: the other notifications (streamed deltas above all) need not be built for this listener.
	 * A subclass that overrides {@link #onNotification} may read more there: it needs every notification unless it
	 * says otherwise.
	 */
	@Override
	public boolean needsNotification(String method) {
		return "model/rerouted".equals(method) || CodexListener.overridesOnNotification(this, CodexMetricsListener.class);
	}


	@Override
	public void onNotification(String method, JsonNode params) {
		if ("model/rerouted".equals(method) && params != null) {
			String threadId = Json.text(params, "threadId");
			String turnId = Json.text(params, "turnId");
			String toModel = Json.text(params, "toModel");
			if (threadId != null && turnId != null && toModel != null && !toModel.isBlank()) {
				this.reroutes.put(threadId, new Reroute(turnId, toModel));
			}
		}
	}

	@Override
	public void onTurnAborted(String threadId, String turnId, Throwable failure) {
		RunningTurn turn = (threadId != null) ? this.turns.remove(threadId) : null;
		String rerouted = rerouted(threadId, turnId);
		if (turn != null) {
			String errorType = (failure != null) ? failure.getClass().getSimpleName() : "";
			duration(turn, (rerouted != null) ? rerouted : turn.model(), errorType.isEmpty() ? "aborted" : errorType);
		}
	}

	@Override
	public void onTurnCompleted(String threadId, TurnResult result) {
		RunningTurn turn = (threadId != null) ? this.turns.remove(threadId) : null;
		String requestModel = (turn != null) ? turn.model() : this.model;
		String rerouted = rerouted(threadId, result.id());
		String responseModel = (rerouted != null) ? rerouted : requestModel;
		if (turn != null) {
			duration(turn, responseModel, errorType(result));
		}
		TurnUsage usage = result.usage();
		if (usage == null) {
			return;
		}
		Tags tags = genAiTags(requestModel, responseModel);
		tokens(CodexMeterNames.TOKEN_USAGE, CodexMeterNames.TAG_TOKEN_TYPE, CodexMeterNames.TOKEN_TYPE_INPUT,
				usage.inputTokens(), tags, "Measures number of input and output tokens used");
		tokens(CodexMeterNames.TOKEN_USAGE, CodexMeterNames.TAG_TOKEN_TYPE, CodexMeterNames.TOKEN_TYPE_OUTPUT,
				usage.outputTokens(), tags, "Measures number of input and output tokens used");
		tokens(CodexMeterNames.CODEX_TOKEN_USAGE, CodexMeterNames.TAG_CODEX_TOKEN_TYPE,
				CodexMeterNames.TOKEN_TYPE_CACHED, usage.cachedInputTokens(), tags,
				"Codex turns' cached input tokens and reasoning output tokens (parts of input and output)");
		tokens(CodexMeterNames.CODEX_TOKEN_USAGE, CodexMeterNames.TAG_CODEX_TOKEN_TYPE,
				CodexMeterNames.TOKEN_TYPE_REASONING, usage.reasoningOutputTokens(), tags,
				"Codex turns' cached input tokens and reasoning output tokens (parts of input and output)");
	}

	@Override
	public void onApprovalDecided(String method, String threadId, String decision) {
		onApprovalDecided(method, threadId, decision, false);
	}

	@Override
	public void onApprovalDecided(String method, String threadId, String decision, boolean timedOut) {
		Counter.builder(CodexMeterNames.APPROVALS)
			.description("Codex server requests (approvals) answered, by decision")
			.tags(CodexMeterNames.TAG_METHOD, valueOrUnknown(method), CodexMeterNames.TAG_DECISION,
					timedOut ? CodexMeterNames.DECISION_TIMEOUT : valueOrUnknown(decision), CodexMeterNames.TAG_SERVER,
					this.server)
			.register(this.registry)
			.increment();
	}

	/** The model the thread's turn {@code turnId} was rerouted to, or {@code null}; forgets the thread's reroute. */
	private String rerouted(String threadId, String turnId) {
		Reroute reroute = (threadId != null) ? this.reroutes.remove(threadId) : null;
		return (reroute != null && reroute.turnId().equals(turnId)) ? reroute.toModel() : null;
	}

	private Tags genAiTags(String requestModel, String responseModel) {
		return Tags.of(CodexMeterNames.TAG_OPERATION_NAME, CodexMeterNames.OPERATION_INVOKE_AGENT,
				CodexMeterNames.TAG_PROVIDER_NAME, this.provider, CodexMeterNames.TAG_SYSTEM, this.provider,
				CodexMeterNames.TAG_REQUEST_MODEL, requestModel, CodexMeterNames.TAG_RESPONSE_MODEL, responseModel,
				CodexMeterNames.TAG_SERVER, this.server);
	}

	private void duration(RunningTurn turn, String responseModel, String errorType) {
		Timer.builder(CodexMeterNames.OPERATION_DURATION)
			.description("GenAI operation duration: Codex turns, from the server accepting them to their end")
			.tags(genAiTags(turn.model(), responseModel))
			.tag(CodexMeterNames.TAG_ERROR_TYPE, errorType)
			.serviceLevelObjectives(DURATION_BUCKETS)
			.register(this.registry)
			.record(Duration.ofNanos(System.nanoTime() - turn.startNanos()));
	}

	private void tokens(String name, String typeKey, String type, long amount, Tags tags, String description) {
		DistributionSummary.builder(name)
			.description(description)
			.baseUnit(CodexMeterNames.UNIT_TOKEN)
			.tags(tags)
			.tag(typeKey, type)
			.serviceLevelObjectives(TOKEN_BUCKETS)
			.register(this.registry)
			.record(Math.max(0, amount));
	}

	/** {@code error.type} of a turn that ended with {@code turn/completed}. */
	static String errorType(TurnResult result) {
		if (result.status() != TurnStatus.FAILED) {
			return CodexMeterNames.ERROR_TYPE_NONE;
		}
		if (result.error() != null && result.error().codexErrorInfo() != null
				&& result.error().codexErrorInfo().kind() != null) {
			return result.error().codexErrorInfo().kind();
		}
		return TurnStatus.FAILED.wireValue();
	}

	private static Duration[] seconds(double... values) {
		Duration[] durations = new Duration[values.length];
		for (int i = 0; i < values.length; i++) {
			durations[i] = Duration.ofNanos(Math.round(values[i] * 1_000_000_000d));
		}
		return durations;
	}

	static String outcome(Throwable failure) {
		if (failure == null) {
			return CodexMeterNames.OUTCOME_SUCCESS;
		}
		String name = failure.getClass().getSimpleName();
		return name.isEmpty() ? failure.getClass().getName() : name;
	}

	static String valueOrUnknown(String value) {
		return (value != null && !value.isEmpty()) ? value : "unknown";
	}

	private record RunningTurn(String turnId, String model, long startNanos) {
	}

	private record Reroute(String turnId, String toModel) {
	}

}
