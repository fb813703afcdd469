package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import dev.codexjava.client.TurnResult;
import dev.codexjava.client.TurnUsage;
import dev.codexjava.spring.autoconfigure.metrics.CodexMeterNames;
import dev.codexjava.spring.autoconfigure.observation.CodexObservationDocumentation.TurnHighCardinalityKeyNames;
import dev.codexjava.spring.autoconfigure.observation.CodexObservationDocumentation.TurnLowCardinalityKeyNames;

/**
 * The default {@link CodexTurnObservationConvention}: name {@value #DEFAULT_NAME}, contextual (span) name
 * {@value #CONTEXTUAL_NAME}; low-cardinality keys {@code gen_ai.operation.name}, {@code gen_ai.provider.name},
 * {@code gen_ai.system}, {@code gen_ai.request.model}, {@code codex.server}, and once the turn has ended {@code gen_ai.response.model},
 * {@code outcome} and {@code error.kind}; high-cardinality keys {@code gen_ai.conversation.id} (the thread id), the
 * turn id and token usage (see {@link CodexObservationDocumentation#TURN}).
 */
public class DefaultCodexTurnObservationConvention implements CodexTurnObservationConvention {

	/** The observation (and timer) name. */
	public static final String DEFAULT_NAME = "codex.turns";

	/** The contextual name: the span name OpenTelemetry's GenAI conventions give an agent invocation. */
	public static final String CONTEXTUAL_NAME = "invoke_agent codex";

	/** {@code error.kind} when the turn did not fail with a server error kind. */
	public static final String NO_ERROR_KIND = "none";

	@Override
	public String getName() {
		return DEFAULT_NAME;
	}

	@Override
	public String getContextualName(CodexTurnObservationContext context) {
		return CONTEXTUAL_NAME;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(CodexTurnObservationContext context) {
		KeyValues keyValues = KeyValues.of(
				TurnLowCardinalityKeyNames.OPERATION_NAME.withValue(CodexMeterNames.OPERATION_INVOKE_AGENT),
				TurnLowCardinalityKeyNames.PROVIDER_NAME.withValue(valueOrNone(context.getProvider())),
				TurnLowCardinalityKeyNames.SYSTEM.withValue(valueOrNone(context.getProvider())),
				TurnLowCardinalityKeyNames.REQUEST_MODEL.withValue(valueOrNone(context.getModel())),
				TurnLowCardinalityKeyNames.SERVER.withValue((context.getServer() != null) ? context.getServer()
						: CodexMeterNames.DEFAULT_SERVER));
		// response model, outcome and error kind are only known at the end; leaving them out at the start keeps the
		// long task timer (codex.turns.active) free of meaningless tags. Every ended turn has all three, so the
		// timer's tag keys never change (Prometheus drops a meter registered again with other keys).
		if (context.getOutcome() != null) {
			String responseModel = (context.getResponseModel() != null) ? context.getResponseModel()
					: context.getModel();
			keyValues = keyValues.and(TurnLowCardinalityKeyNames.RESPONSE_MODEL.withValue(valueOrNone(responseModel)),
					TurnLowCardinalityKeyNames.OUTCOME.withValue(context.getOutcome()),
					TurnLowCardinalityKeyNames.ERROR_KIND.withValue(errorKind(context.getResult())));
		}
		return keyValues;
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(CodexTurnObservationContext context) {
		KeyValues keyValues = KeyValues.of(
				TurnHighCardinalityKeyNames.CONVERSATION_ID.withValue(valueOrNone(context.getThreadId())),
				TurnHighCardinalityKeyNames.TURN_ID.withValue(valueOrNone(context.getTurnId())));
		TurnResult result = context.getResult();
		TurnUsage usage = (result != null) ? result.usage() : null;
		if (usage != null) {
			keyValues = keyValues.and(
					TurnHighCardinalityKeyNames.USAGE_INPUT_TOKENS.withValue(Long.toString(usage.inputTokens())),
					TurnHighCardinalityKeyNames.USAGE_OUTPUT_TOKENS.withValue(Long.toString(usage.outputTokens())),
					TurnHighCardinalityKeyNames.USAGE_TOTAL_TOKENS.withValue(Long.toString(usage.totalTokens())),
					TurnHighCardinalityKeyNames.USAGE_CACHE_READ_INPUT_TOKENS
						.withValue(Long.toString(usage.cachedInputTokens())),
					TurnHighCardinalityKeyNames.USAGE_REASONING_OUTPUT_TOKENS
						.withValue(Long.toString(usage.reasoningOutputTokens())));
		}
		return keyValues;
	}

	/** The {@code codexErrorInfo} kind of a failed turn, else {@value #NO_ERROR_KIND}. */
	static String errorKind(TurnResult result) {
		if (result == null || result.error() == null || result.error().codexErrorInfo() == null
				|| result.error().codexErrorInfo().kind() == null) {
			return NO_ERROR_KIND;
		}
		return result.error().codexErrorInfo().kind();
	}

	private static String valueOrNone(String value) {
		return (value != null) ? value : KeyValue.NONE_VALUE;
	}

}
