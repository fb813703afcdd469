package dev.codexjava.protocol;

import java.util.Objects;

/**
 * A typed JSON-RPC method of the app-server protocol: its wire name, the Java types of its params and result, and
 * whether it is experimental (usable only with {@code CodexConfig.Builder#experimentalApi(true)}). The constants are
 * generated from the pinned binary's schema in {@code dev.codexjava.protocol.generated.Methods} (client requests) and
 * {@code ServerRequests} (server requests).
 *
 * @param <P> the params type ({@link Void} when the method takes none)
 * @param <R> the result type
 * @param name the wire name, e.g. {@code config/read}
 * @param paramsType the params type
 * @param resultType the result type
 * @param experimental whether the method exists only with the experimental API
 */
public record Method<P, R>(String name, Class<P> paramsType, Class<R> resultType, boolean experimental) {

	/** Checks the components. */
	public Method {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(paramsType, "paramsType");
		Objects.requireNonNull(resultType, "resultType");
	}

	@Override
	public String toString() {
		return this.name + (this.experimental ? " (experimental)" : "");
	}

}
