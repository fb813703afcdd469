package dev.codexjava.client;

import java.util.concurrent.CompletableFuture;

import dev.codexjava.protocol.Method;

/**
 * What a typed facade such as {@link AsyncCodexAdmin} needs of the client: sending typed requests, and the caller's
 * context for requests it sends later from worker threads. Lets the facade depend on this rather than on
 * {@link AsyncCodex}, which creates it.
 */
interface TypedRequests {

	/** Sends a typed request with the client's default timeout and retries (see {@link AsyncCodex#request}). */
	<P, R> CompletableFuture<R> request(Method<P, R> method, P params);

	/** What the listeners capture on the calling thread now. */
	CallContext captureContext();

}
