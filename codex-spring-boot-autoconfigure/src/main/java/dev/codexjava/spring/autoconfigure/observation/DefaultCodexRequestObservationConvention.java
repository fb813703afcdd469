package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.common.KeyValues;

import dev.codexjava.spring.autoconfigure.observation.CodexObservationDocumentation.RequestLowCardinalityKeyNames;

/**
 * The default {@link CodexRequestObservationConvention}: name {@value #DEFAULT_NAME}, contextual (span) name the
 * JSON-RPC method (as OpenTelemetry's RPC conventions name JSON-RPC spans); low-cardinality keys
 * {@code rpc.system} = {@value #RPC_SYSTEM} and {@code rpc.method}.
 */
public class DefaultCodexRequestObservationConvention implements CodexRequestObservationConvention {

	/** The observation (and timer) name. */
	public static final String DEFAULT_NAME = "codex.rpc";

	/** The {@code rpc.system} value. */
	public static final String RPC_SYSTEM = "jsonrpc";

	@Override
	public String getName() {
		return DEFAULT_NAME;
	}

	@Override
	public String getContextualName(CodexRequestObservationContext context) {
		return method(context);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(CodexRequestObservationContext context) {
		return KeyValues.of(RequestLowCardinalityKeyNames.RPC_SYSTEM.withValue(RPC_SYSTEM),
				RequestLowCardinalityKeyNames.RPC_METHOD.withValue(method(context)));
	}

	private static String method(CodexRequestObservationContext context) {
		String method = context.getMethod();
		return (method != null && !method.isEmpty()) ? method : "unknown";
	}

}
