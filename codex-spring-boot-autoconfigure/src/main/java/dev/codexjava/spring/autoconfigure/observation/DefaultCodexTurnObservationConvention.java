package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import dev.codexjava.client.TurnResult;
import dev.codexjava.client.TurnUsage;
import dev.codexjava.spring.autoconfigure.observation.CodexObservationDocumentation.TurnHighCardinalityKeyNames;
import dev.codexjava.spring.autoconfigure.observation.CodexObservationDocumentation.TurnLowCardinalityKeyNames;

/**
 * The default {@link CodexTurnObservationConvention}: name {@value #DEFAULT_NAME}; low-cardinality keys
 * {@code model}, {@code codex.server}, and once the turn has ended {@code outcome} and {@code error.kind}; high-cardinality keys thread id,
 * turn id and token usage.
 */
public class DefaultCodexTurnObservationConvention implements CodexTurnObservationConvention {

	/** The observation (and timer) name. */
	public static final String DEFAULT_NAME = "codex.turns";

	/** {@code error.kind} when the turn did not fail with a server error kind. */
	public static final String NO_ERROR_KIND = "none";

	@Override
	public String getName() {
		return DEFAULT_NAME;
	}

	@Override
	public String getContextualName(CodexTurnObservationContext context) {
		return "codex turn";
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(CodexTurnObservationContext context) {
		KeyValues keyValues = KeyValues.of(TurnLowCardinalityKeyNames.MODEL.withValue(context.getModel()),
				TurnLowCardinalityKeyNames.SERVER.withValue((context.getServer() != null) ? context.getServer()
						: CodexObservationListener.DEFAULT_SERVER));
		// outcome and error kind are only known at the end; leaving them out at the start keeps the long task timer
		// (codex.turns.active) free of a meaningless "outcome" tag
		if (context.getOutcome() != null) {
			keyValues = keyValues.and(TurnLowCardinalityKeyNames.OUTCOME.withValue(context.getOutcome()),
					TurnLowCardinalityKeyNames.ERROR_KIND.withValue(errorKind(context.getResult())));
		}
		return keyValues;
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(CodexTurnObservationContext context) {
		KeyValues keyValues = KeyValues.of(
				TurnHighCardinalityKeyNames.THREAD_ID.withValue(valueOrNone(context.getThreadId())),
				TurnHighCardinalityKeyNames.TURN_ID.withValue(valueOrNone(context.getTurnId())));
		TurnResult result = context.getResult();
		TurnUsage usage = (result != null) ? result.usage() : null;
		if (usage != null) {
			keyValues = keyValues.and(
					TurnHighCardinalityKeyNames.USAGE_INPUT_TOKENS.withValue(Long.toString(usage.inputTokens())),
					TurnHighCardinalityKeyNames.USAGE_OUTPUT_TOKENS.withValue(Long.toString(usage.outputTokens())),
					TurnHighCardinalityKeyNames.USAGE_TOTAL_TOKENS.withValue(Long.toString(usage.totalTokens())));
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
