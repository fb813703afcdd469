package dev.codexjava.spring.autoconfigure.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import dev.codexjava.client.CodexListener;
import dev.codexjava.client.TurnResult;
import dev.codexjava.client.TurnUsage;

/**
 * Records Micrometer meters from the SDK's listener callbacks:
 * <ul>
 * <li>{@value CodexMeterNames#REQUESTS} (timer; {@code method}, {@code outcome} = {@code success} or the failure's
 * simple class name): each JSON-RPC request attempt, with the duration the SDK measured. A timer is recorded
 * directly because the SDK reports requests after the fact, with their duration; an observation cannot be given a
 * duration after it stopped.</li>
 * <li>{@value CodexMeterNames#TOKEN_USAGE} (counter; {@code gen_ai.token.type} = {@code input}, {@code output},
 * {@code cached}, {@code reasoning}; {@code gen_ai.operation.name} = {@code invoke_agent};
 * {@code gen_ai.request.model}, the turn's model as the SDK knows it, else {@code codex.model}, else
 * {@code default}): tokens of every completed turn that reported usage. {@code cached} is the cached
 * part of {@code input} and {@code reasoning} the reasoning part of {@code output}, so do not add them up.</li>
 * <li>{@value CodexMeterNames#APPROVALS} (counter; {@code method}, {@code decision} = the answer sent, e.g.
 * {@code accept} or {@code decline}, or {@code timeout} when nobody answered in time and the safe answer was sent):
 * answered server requests.</li>
 * <li>{@value CodexMeterNames#RETRIES} (counter; {@code method}, {@code source} = {@code sdk}): the SDK's own
 * per-request retries after {@code -32001}.</li>
 * <li>{@value CodexMeterNames#PROCESS_RESTARTS} (counter): app-server starts after the first.</li>
 * </ul>
 */
public class CodexMetricsListener implements CodexListener {

	private final MeterRegistry registry;

	private final String model;

	private final Counter restarts;

	private final AtomicBoolean started = new AtomicBoolean();

	/** The model of each thread's running turn (a thread runs one turn at a time), for its token usage. */
	private final Map<String, String> turnModels = new ConcurrentHashMap<>();

	/**
	 * @param registry where meters go
	 * @param model the model's tag value when the SDK does not know a turn's model ({@code codex.model}, or
	 * {@code default})
	 */
	public CodexMetricsListener(MeterRegistry registry, String model) {
		this.registry = registry;
		this.model = model;
		this.restarts = Counter.builder(CodexMeterNames.PROCESS_RESTARTS)
			.description("Codex app-server starts after the first")
			.register(registry);
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
			.tags(CodexMeterNames.TAG_METHOD, valueOrUnknown(method), CodexMeterNames.TAG_OUTCOME, outcome(failure))
			.register(this.registry)
			.record((duration != null) ? duration : Duration.ZERO);
	}

	@Override
	public void onRetry(String method, int attempt, Duration delay, Throwable failure) {
		CodexMeterNames.retries(this.registry, valueOrUnknown(method), CodexMeterNames.SOURCE_SDK).increment();
	}

	@Override
	public void onProcessExited(Integer exitCode, boolean expected) {
		// the SDK reports the turns that were running as aborted before; whatever is left is stale
		this.turnModels.clear();
	}

	@Override
	public void onTurnStarted(String threadId, String turnId, String model) {
		if (threadId != null && model != null && !model.isBlank()) {
			this.turnModels.put(threadId, model);
		}
		else if (threadId != null) {
			this.turnModels.remove(threadId);
		}
	}

	@Override
	public void onTurnAborted(String threadId, String turnId, Throwable failure) {
		if (threadId != null) {
			this.turnModels.remove(threadId);
		}
	}

	@Override
	public void onTurnCompleted(String threadId, TurnResult result) {
		String turnModel = (threadId != null) ? this.turnModels.remove(threadId) : null;
		TurnUsage usage = result.usage();
		if (usage == null) {
			return;
		}
		String model = (turnModel != null) ? turnModel : this.model;
		tokens(CodexMeterNames.TOKEN_TYPE_INPUT, usage.inputTokens(), model);
		tokens(CodexMeterNames.TOKEN_TYPE_OUTPUT, usage.outputTokens(), model);
		tokens(CodexMeterNames.TOKEN_TYPE_CACHED, usage.cachedInputTokens(), model);
		tokens(CodexMeterNames.TOKEN_TYPE_REASONING, usage.reasoningOutputTokens(), model);
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
					timedOut ? CodexMeterNames.DECISION_TIMEOUT : valueOrUnknown(decision))
			.register(this.registry)
			.increment();
	}

	private void tokens(String type, long amount, String model) {
		Counter counter = Counter.builder(CodexMeterNames.TOKEN_USAGE)
			.description("Tokens used by Codex turns")
			.baseUnit("tokens")
			.tags(Tags.of(CodexMeterNames.TAG_TOKEN_TYPE, type, CodexMeterNames.TAG_OPERATION_NAME,
					CodexMeterNames.OPERATION_INVOKE_AGENT, CodexMeterNames.TAG_REQUEST_MODEL, model))
			.register(this.registry);
		if (amount > 0) {
			counter.increment(amount);
		}
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

}
