package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.observation.Observation;

/**
 * The context of a {@link CodexObservationDocumentation#REQUEST request observation}: the JSON-RPC method of one
 * request attempt. Parameters and results are not part of it (they may hold prompts, paths or credentials).
 */
public class CodexRequestObservationContext extends Observation.Context {

	private final String method;

	/** @param method the JSON-RPC method, such as {@code turn/start} */
	public CodexRequestObservationContext(String method) {
		this.method = method;
	}

	/** The JSON-RPC method. */
	public String getMethod() {
		return this.method;
	}

}
