package dev.codexjava.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Names and tags of the Codex meters. The turn timer {@code codex.turns} and long task timer
 * {@code codex.turns.active} come from the turn observation
 * ({@link dev.codexjava.spring.autoconfigure.observation.CodexObservationDocumentation#TURN}).
 */
public final class CodexMeterNames {

	/** Timer: JSON-RPC request attempts; tags {@code method}, {@code outcome}. */
	public static final String REQUESTS = "codex.client.requests";

	/** Counter: tokens by {@code gen_ai.token.type} ({@code input}, {@code output}, {@code cached}, {@code reasoning}). */
	public static final String TOKEN_USAGE = "gen_ai.client.token.usage";

	/** Gauge: 1 while the app-server runs and is connected, else 0. */
	public static final String PROCESS_UP = "codex.process.up";

	/** Counter: app-server starts after the first. */
	public static final String PROCESS_RESTARTS = "codex.process.restarts";

	/** Counter: answered server requests; tags {@code method}, {@code decision}. */
	public static final String APPROVALS = "codex.approvals";

	/** Counter: retries after an overload; tags {@code method}, {@code source} ({@code sdk} or {@code advice}). */
	public static final String RETRIES = "codex.retries";

	/**
	 * Counter: calls of {@code @RetryOnOverload} methods; tags {@code method}, {@code outcome} ({@code success},
	 * {@code recovered}, {@code exhausted}, {@code non-retryable}).
	 */
	public static final String RETRY_CALLS = "codex.retry.calls";

	/** The JSON-RPC method, server-request method, or advised Java method ({@code SimpleClassName.method}). */
	public static final String TAG_METHOD = "method";

	/** {@code success}, or the failure's simple class name ({@link #REQUESTS}); the call outcome ({@link #RETRY_CALLS}). */
	public static final String TAG_OUTCOME = "outcome";

	/**
	 * The approval decision sent ({@code accept}, {@code decline}, ..., or {@code error}), or
	 * {@link #DECISION_TIMEOUT}.
	 */
	public static final String TAG_DECISION = "decision";

	/**
	 * {@link #TAG_DECISION} of a server request nobody answered within {@code codex.approvals.timeout}: the safe
	 * answer ({@code decline} for commands and file changes) was sent.
	 */
	public static final String DECISION_TIMEOUT = "timeout";

	/** Which retry layer retried: {@link #SOURCE_SDK} or {@link #SOURCE_ADVICE}. */
	public static final String TAG_SOURCE = "source";

	/** The token type of {@link #TOKEN_USAGE}. */
	public static final String TAG_TOKEN_TYPE = "gen_ai.token.type";

	/** The GenAI operation of {@link #TOKEN_USAGE}: always {@link #OPERATION_INVOKE_AGENT}. */
	public static final String TAG_OPERATION_NAME = "gen_ai.operation.name";

	/**
	 * The model of {@link #TOKEN_USAGE}: the turn's model as the SDK knows it, else {@code codex.model}, else
	 * {@code default}.
	 */
	public static final String TAG_REQUEST_MODEL = "gen_ai.request.model";

	/** {@link #TAG_OPERATION_NAME} of Codex turns. */
	public static final String OPERATION_INVOKE_AGENT = "invoke_agent";

	/** {@link #TAG_OUTCOME} of a successful request. */
	public static final String OUTCOME_SUCCESS = "success";

	/** {@link #TAG_SOURCE}: the SDK's automatic per-request retry. */
	public static final String SOURCE_SDK = "sdk";

	/** {@link #TAG_SOURCE}: the {@code @RetryOnOverload} advice. */
	public static final String SOURCE_ADVICE = "advice";

	public static final String TOKEN_TYPE_INPUT = "input";

	public static final String TOKEN_TYPE_OUTPUT = "output";

	public static final String TOKEN_TYPE_CACHED = "cached";

	public static final String TOKEN_TYPE_REASONING = "reasoning";

	private CodexMeterNames() {
	}

	static Counter retries(MeterRegistry registry, String method, String source) {
		return Counter.builder(RETRIES)
			.description("Codex calls retried after the server was overloaded")
			.tags(TAG_METHOD, method, TAG_SOURCE, source)
			.register(registry);
	}

}
