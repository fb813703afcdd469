package dev.codexjava.spring.autoconfigure.metrics;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Names and tags of the Codex meters. The turn timer {@code codex.turns} and long task timer
 * {@code codex.turns.active} come from the turn observation
 * ({@link dev.codexjava.spring.autoconfigure.observation.CodexObservationDocumentation#TURN}), the timer
 * {@code codex.rpc} from the request observation
 * ({@link dev.codexjava.spring.autoconfigure.observation.CodexObservationDocumentation#REQUEST}).
 * <p>
 * The {@code gen_ai.*} meters follow the OpenTelemetry GenAI semantic conventions (and the tags Spring AI uses):
 * every meter of a name always has the same tag keys, so that Prometheus keeps every series.
 */
public final class CodexMeterNames {

	/** Timer: JSON-RPC request attempts; tags {@code method}, {@code outcome}. */
	public static final String REQUESTS = "codex.client.requests";

	/**
	 * Distribution summary (histogram, base unit {@value #UNIT_TOKEN}): the tokens of each turn that reported usage,
	 * by {@link #TAG_TOKEN_TYPE} ({@code input}, {@code output}) and the {@link #GEN_AI_TAG_KEYS GenAI tags}.
	 */
	public static final String TOKEN_USAGE = "gen_ai.client.token.usage";

	/**
	 * Timer (histogram in seconds): the duration of each turn, from the server accepting it to its end, by the
	 * {@link #GEN_AI_TAG_KEYS GenAI tags} and {@link #TAG_ERROR_TYPE}.
	 */
	public static final String OPERATION_DURATION = "gen_ai.client.operation.duration";

	/**
	 * Distribution summary (histogram, base unit {@value #UNIT_TOKEN}): the Codex-specific parts of a turn's tokens,
	 * by {@link #TAG_CODEX_TOKEN_TYPE} ({@code cached}: the cached part of {@code input}; {@code reasoning}: the
	 * reasoning part of {@code output}) and the {@link #GEN_AI_TAG_KEYS GenAI tags}.
	 */
	public static final String CODEX_TOKEN_USAGE = "codex.client.token.usage";

	/** Gauge: 1 while the app-server runs and is connected, else 0. */
	public static final String PROCESS_UP = "codex.process.up";

	/** Counter: app-server starts after the first. */
	public static final String PROCESS_RESTARTS = "codex.process.restarts";

	/** Counter: answered server requests; tags {@code method}, {@code decision}. */
	public static final String APPROVALS = "codex.approvals";

	/**
	 * Counter: retries after an overload; tags {@code method}, {@code source} ({@code sdk} or {@code advice}),
	 * {@code codex.server}.
	 */
	public static final String RETRIES = "codex.retries";

	/**
	 * Counter: calls of {@code @RetryOnOverload} methods; tags {@code method}, {@code outcome} ({@code success},
	 * {@code recovered}, {@code exhausted}, {@code non-retryable}).
	 */
	public static final String RETRY_CALLS = "codex.retry.calls";

	/**
	 * The app-server a meter is about: {@code default} for a client of one server, else the pool member's name
		 * ({@code local-N} or {@code codex.servers[i].name}). Low-cardinality; never a URL or a token.
	 */
	public static final String TAG_SERVER = "codex.server";

	/** {@link #TAG_SERVER} of a client of one server. */
	public static final String DEFAULT_SERVER = "default";

	/** {@link #TAG_SERVER} of the {@code @RetryOnOverload} advice's retries, which are not about one server. */
	public static final String ANY_SERVER = "any";

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

	/** The token type of {@link #TOKEN_USAGE}: {@link #TOKEN_TYPE_INPUT} or {@link #TOKEN_TYPE_OUTPUT}. */
	public static final String TAG_TOKEN_TYPE = "gen_ai.token.type";

	/** The token type of {@link #CODEX_TOKEN_USAGE}: {@link #TOKEN_TYPE_CACHED} or {@link #TOKEN_TYPE_REASONING}. */
	public static final String TAG_CODEX_TOKEN_TYPE = "codex.token.type";

	/** The GenAI operation: always {@link #OPERATION_INVOKE_AGENT}. */
	public static final String TAG_OPERATION_NAME = "gen_ai.operation.name";

	/** The GenAI provider (OpenTelemetry's current name): {@link #PROVIDER_OPENAI}. */
	public static final String TAG_PROVIDER_NAME = "gen_ai.provider.name";

	/** The GenAI provider under the older name that Spring AI uses: the same value as {@link #TAG_PROVIDER_NAME}. */
	public static final String TAG_SYSTEM = "gen_ai.system";

	/**
	 * The model the turn was started with: the turn's model as the SDK knows it, else {@code codex.model}, else
	 * {@code default}.
	 */
	public static final String TAG_REQUEST_MODEL = "gen_ai.request.model";

	/**
	 * The model that answered: the model the server rerouted the turn to ({@code model/rerouted}), else the request
	 * model.
	 */
	public static final String TAG_RESPONSE_MODEL = "gen_ai.response.model";

	/**
	 * How the turn failed ({@link #OPERATION_DURATION}): the server's error kind ({@code codexErrorInfo}, such as
	 * {@code serverOverloaded}), {@code failed} without one, the exception's simple class name for a turn that ended
	 * without {@code turn/completed} (such as {@code CodexTimeoutException}), or {@link #ERROR_TYPE_NONE}. Always
	 * present, so that the tag keys stay the same.
	 */
	public static final String TAG_ERROR_TYPE = "error.type";

	/**
	 * The tags every {@code gen_ai.*} and {@link #CODEX_TOKEN_USAGE} meter has: operation, provider (under both
	 * names), request model and response model.
	 */
	public static final List<String> GEN_AI_TAG_KEYS = List.of(TAG_OPERATION_NAME,
			TAG_PROVIDER_NAME, TAG_SYSTEM, TAG_REQUEST_MODEL, TAG_RESPONSE_MODEL);

	/** {@link #TAG_OPERATION_NAME} of Codex turns. */
	public static final String OPERATION_INVOKE_AGENT = "invoke_agent";

	/** {@link #TAG_PROVIDER_NAME} and {@link #TAG_SYSTEM} of Codex turns (Codex's default model provider). */
	public static final String PROVIDER_OPENAI = "openai";

	/** {@link #TAG_ERROR_TYPE} of a turn that did not fail. */
	public static final String ERROR_TYPE_NONE = "none";

	/** The UCUM unit of token counts (an annotation: dimensionless). */
	public static final String UNIT_TOKEN = "{token}";

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

	static Counter retries(MeterRegistry registry, String method, String source, String server) {
		return Counter.builder(RETRIES)
			.description("Codex calls retried after the server was overloaded")
			.tags(TAG_METHOD, method, TAG_SOURCE, source, TAG_SERVER, server)
			.register(registry);
	}

}
