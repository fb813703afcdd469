package dev.codexjava.protocol;

import org.apiguardian.api.API;

/**
 * Answers requests the app-server sends to the client (approvals, user input, elicitation, ...). Called on the
 * connection's reader thread, so it must not block: it hands the request to its own threads and answers it later
 * through {@link IncomingRequest#respond} or {@link IncomingRequest#respondError}, from any thread. If it throws
 * (anything, {@link Error}s included), the connection answers the request with {@code -32603} at once.
 * Internal API: implemented by the SDK's client layer; may change without notice.
 */
@FunctionalInterface
@API(status = API.Status.INTERNAL)
public interface ServerRequestHandler {

	/**
	 * Takes one server request.
	 * @param request the request, to be answered exactly once
	 */
	void handle(IncomingRequest request);

}
